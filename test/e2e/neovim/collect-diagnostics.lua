-- Neovim as a second, independent LSP client of the Tracewright server (Debian's Neovim 0.7: no
-- vim.lsp.start yet, so start_client + buf_attach_client). Run headless by the e2e harness:
--   nvim --headless --clean -u NONE -c 'luafile collect-diagnostics.lua'
-- Inputs (environment): TW_NODE, TW_SERVER (dist/server.cjs), TW_ROOT (workspace folder),
-- TW_FILES (comma-separated files under TW_ROOT to open), TW_OUT (JSON file to write).
-- Output: the diagnostics exactly as the server published them, per file, plus how many of them
-- Neovim's own diagnostic store accepted for each buffer.
local env = vim.fn.environ()
local root = env.TW_ROOT
local files = vim.split(env.TW_FILES, ',')
local published = {}      -- uri -> raw LSP diagnostics of the last publish
local last_publish = 0

local function finish(result, code)
  local out = io.open(env.TW_OUT, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit ' .. code)
end

local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = result.diagnostics
  last_publish = vim.loop.now()
  return default_handler(err, result, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'tracewright',
  cmd = { env.TW_NODE, env.TW_SERVER, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  on_exit = function(code) if code ~= 0 then io.stderr:write('server exited with ' .. code .. '\n') end end,
})
if not client_id then finish({ error = 'vim.lsp.start_client failed: is TW_NODE/TW_SERVER right?' }, 3) return end

local buffers = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  buffers[file] = buf
end

-- Done when every opened file got a publish and nothing new arrived for a second (the server may
-- republish after linking the whole workspace).
local function settled()
  for file, _ in pairs(buffers) do
    if published[vim.uri_from_fname(root .. '/' .. file)] == nil then return false end
  end
  return vim.loop.now() - last_publish > 1000
end
if not vim.wait(60000, settled, 100) then finish({ error = 'no diagnostics for every file within 60 s', published = published }, 4) return end

local result = { files = {} }
for file, buf in pairs(buffers) do
  result.files[file] = {
    lsp = published[vim.uri_from_fname(root .. '/' .. file)],
    accepted = #vim.diagnostic.get(buf),
  }
end
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
finish(result, 0)
