import { describe, expect, test } from 'vitest';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

describe('the language from the issue parses and links across files', () => {
    test('stakeholders, goal, story, requirement in one file; data model in another', async () => {
        const ws = await buildWorkspace({
            'analysis.req': `
stakeholder ServiceDeskAnalyst "First-line staff"
stakeholder Student "Reports faults"
goal G1 "Restore service" { measure "95% in 4h" owner ServiceDeskAnalyst }
story US1 "Log an incident" {
  as Student
  want "to report a fault"
  so "it is fixed"
  realizes G1
  priority must
  acceptance "gets a reference" { given "a student" when "they submit" then "a reference is shown" }
  uses Incident(create), Service(read)
}
requirement R1 functional "The system shall record the priority." {
  priority must
  satisfies US1
  traces Incident.priority, Affects
}`,
            'model.req': `
enum Priority { P1 P2 P3 P4 }
entity Incident { id: int pk auto  priority: Priority  openedAt: datetime default now }
entity Service { id: int pk auto }
relationship Affects: Incident * -- 1 Service "affects"`
        });
        // Parsing and linking: no errors (coverage and quality rules may still have advice on this tiny model).
        const errors = (file: string) => describeDiagnostics(ws.diagnostics(file).filter(d => d.severity === 1));
        expect(errors('analysis.req')).toEqual([]);
        expect(errors('model.req')).toEqual([]);
        const requirement = ws.model('analysis.req').elements.find(e => e.name === 'R1');
        expect(requirement?.$type).toBe('Requirement');
        if (requirement?.$type !== 'Requirement') return;
        expect(requirement.traces[0].element.ref?.name).toBe('Incident');
        expect(requirement.traces[0].attribute?.ref?.name).toBe('priority');
        expect(requirement.traces[1].element.ref?.$type).toBe('Relationship');
    });
});
