// brieflint for VS Code: a thin client that starts `brieflint server` and lets it do everything.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function serverCommand() {
  const configured = vscode.workspace.getConfiguration("brieflint").get("command", []);
  if (Array.isArray(configured) && configured.length > 0) {
    return { command: configured[0], args: configured.slice(1) };
  }
  return { command: "brieflint", args: ["server"] };
}

function makeClient() {
  const { command, args } = serverCommand();
  const run = { command, args, transport: TransportKind.stdio };
  const config = vscode.workspace.getConfiguration("brieflint");
  return new LanguageClient(
    "brieflint",
    "brieflint",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "untitled", language: "markdown" },
        { scheme: "file", pattern: "**/*.brief.{yaml,yml}" },
      ],
      initializationOptions: { debounce: config.get("debounce", 30) },
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{.brieflint.yaml,.brieflint.yml,pyproject.toml}"),
      },
    },
  );
}

async function activate(context) {
  client = makeClient();
  context.subscriptions.push(
    vscode.commands.registerCommand("brieflint.restart", async () => {
      if (client) {
        await client.stop();
      }
      client = makeClient();
      await client.start();
    }),
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `brieflint: could not start "${serverCommand().command} server" (${error}). ` +
        "Install it with: pip install 'brieflint[lsp]', or set brieflint.command.",
    );
  }
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
