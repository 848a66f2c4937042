-- A real editor drives `campspec server`: headless Neovim (Debian's package) opens the
-- plan named on its command line, waits for campspec's diagnostics, applies the quick
-- fix the server offers for each in turn, saves the file and quits. tests/neovim.rs
-- runs it and checks the saved plan with `campspec check`. Everything it saw is written
-- to the log named by CAMPSPEC_NVIM_LOG; it exits 0 only when every step worked.

local log_path = assert(os.getenv('CAMPSPEC_NVIM_LOG'), 'CAMPSPEC_NVIM_LOG is not set')
local binary = assert(os.getenv('CAMPSPEC_BIN'), 'CAMPSPEC_BIN is not set')
local log = assert(io.open(log_path, 'w'))

local function say(...)
  log:write(table.concat({ ... }, ' '), '\n')
  log:flush()
end

local function fail(why)
  say('FAIL', why)
  log:close()
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  say('file', file)

  local client_id = vim.lsp.start_client({
    name = 'campspec',
    cmd = { binary, 'server' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  if not client_id then
    return fail('the server did not start')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- Diagnostics arrive on open, through Neovim's own publishDiagnostics handler.
  local arrived = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  if not arrived then
    return fail('no diagnostics within 20 s')
  end
  local diagnostics = vim.diagnostic.get(bufnr)
  for _, d in ipairs(diagnostics) do
    say('diagnostic', d.lnum + 1, d.col + 1, tostring(d.code), d.source or '', (d.message:gsub('\n', ' ')))
  end

  -- Fix them one at a time, as a user would: the code actions at the first diagnostic
  -- (asked for as `vim.lsp.buf.code_action()` does, with the LSP diagnostics of that
  -- line as context), the preferred one applied, then wait for the server to re-check.
  while #diagnostics > 0 do
    local first = diagnostics[1]
    -- The cursor on the diagnostic; the range in the server's encoding, as Neovim's
    -- own code action request makes it (byte columns become UTF-16 ones).
    vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
    local params = vim.lsp.util.make_range_params(0, client.offset_encoding or 'utf-16')
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum) }
    local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
    if not response or response.err then
      return fail('codeAction failed: ' .. vim.inspect(response))
    end
    local chosen
    for _, action in ipairs(response.result or {}) do
      say('action', first.lnum + 1, action.title, action.kind or '', tostring(action.isPreferred))
      if action.edit and (action.isPreferred or not chosen) then
        chosen = action
      end
    end
    if not chosen then
      return fail('no code action with an edit for line ' .. (first.lnum + 1))
    end
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
    say('applied', chosen.title)
    local before = #diagnostics
    local rechecked = vim.wait(20000, function()
      return #vim.diagnostic.get(bufnr) < before
    end, 50)
    if not rechecked then
      return fail('the diagnostic stayed after the fix: ' .. first.message)
    end
    diagnostics = vim.diagnostic.get(bufnr)
  end
  vim.cmd('write')
  say('diagnostics after the fixes', #vim.diagnostic.get(bufnr))
  client.stop()
  vim.wait(5000, function()
    return client.is_stopped()
  end, 50)
  say('done')
  log:close()
  vim.cmd('qall!')
end)
if not ok then
  fail(tostring(err))
end
