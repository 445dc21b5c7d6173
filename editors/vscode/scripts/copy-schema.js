// Bundle the brief JSON Schema (for *.brief.yaml through the YAML extension) when the extension is packaged.
"use strict";
const fs = require("fs");
const path = require("path");

const source = path.join(__dirname, "..", "..", "..", "schemas", "brief.schema.json");
const target = path.join(__dirname, "..", "schemas", "brief.schema.json");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
