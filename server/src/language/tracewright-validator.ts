import type { ValidationChecks } from 'langium';
import type { TracewrightAstType } from '../generated/ast.js';
import type { TracewrightServices } from './tracewright-module.js';
import { SqlDefaultValidator } from './validation/sql-default-validator.js';
import { elementLocal } from './validation/element-local-checks.js';
import { registerQualityChecks } from './validation/quality-checks.js';

/** Registers every validator's checks. Each concern owns one validator class under validation/. */
export function registerValidationChecks(services: TracewrightServices): void {
    const registry = services.validation.ValidationRegistry;
    const integrity = services.validation.IntegrityValidator;
    const integrityChecks: ValidationChecks<TracewrightAstType> = {
        Model: integrity.checkNamesAreUnique.bind(integrity),
        Goal: elementLocal(integrity.checkSingleValuedProperties.bind(integrity)),
        Story: elementLocal(integrity.checkSingleValuedProperties.bind(integrity)),
        Requirement: elementLocal(integrity.checkSingleValuedProperties.bind(integrity)),
        AcceptanceCriterion: elementLocal(integrity.checkSingleValuedProperties.bind(integrity)),
        Entity: elementLocal(integrity.checkEntity.bind(integrity)),
        Enum: elementLocal(integrity.checkEnum.bind(integrity)),
        // Reads the entities at its ends.
        Relationship: integrity.checkRelationship.bind(integrity),
        Cardinality: elementLocal(integrity.checkCardinality.bind(integrity)),
        TypeRef: elementLocal(integrity.checkTypeArguments.bind(integrity)),
        // Reads the literals of an enum type.
        Attribute: integrity.checkAttributeModifiers.bind(integrity)
    };
    registry.register(integrityChecks, integrity);
    const coverage = services.validation.CoverageValidator;
    const coverageChecks: ValidationChecks<TracewrightAstType> = { Model: coverage.checkModelCoverage.bind(coverage) };
    registry.register(coverageChecks, coverage);
    const sqlNaming = services.sql.SqlNamingValidator;
    registry.register<TracewrightAstType>({ Model: sqlNaming.checkSqlNames.bind(sqlNaming) }, sqlNaming);
    const sqlDefaults = new SqlDefaultValidator();
    registry.register<TracewrightAstType>({ Attribute: sqlDefaults.checkDefaultValue.bind(sqlDefaults) }, sqlDefaults);
    registerQualityChecks(services);
}
