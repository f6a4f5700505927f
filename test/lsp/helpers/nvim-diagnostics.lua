-- Opens one file in headless Neovim (0.7+), attaches the mrlint language server
-- with the built-in LSP client, waits for diagnostics and writes them to a file:
-- first line "ok" / "timeout" / "error", then one line per diagnostic:
-- lnum, col, end_lnum, end_col, severity, source, code, message (tab-separated).
-- Paths come from the environment so the script needs no escaping.
local server = os.getenv("MRLINT_SERVER")
local node = os.getenv("MRLINT_NODE") or "node"
local file = os.getenv("MRLINT_FILE")
local root = os.getenv("MRLINT_ROOT")
local out = os.getenv("MRLINT_OUT")
local filetype = os.getenv("MRLINT_FILETYPE") or "markdown"

local function write(text)
  local f = assert(io.open(out, "w"))
  f:write(text)
  f:close()
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(buf, "filetype", filetype)
  local id = vim.lsp.start_client({
    name = "mrlint",
    cmd = { node, server, "--stdio" },
    root_dir = root,
  })
  assert(id, "start_client returned nil")
  vim.lsp.buf_attach_client(buf, id)
  local done = vim.wait(20000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  local lines = { done and "ok" or "timeout" }
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local code = d.code or lsp.code or ""
    table.insert(lines, table.concat({
      d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.source or "", tostring(code),
      (string.gsub(d.message, "[\r\n\t]", " ")),
    }, "\t"))
  end
  write(table.concat(lines, "\n") .. "\n")
  vim.lsp.stop_client(id)
end)
if not ok then
  write("error\n" .. tostring(err) .. "\n")
end
vim.cmd("qa!")
