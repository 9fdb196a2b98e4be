// Validates rendered Kubernetes manifests offline (kubectl kustomize … | node validate.mjs).
// Each object is checked twice against the Kubernetes API definitions:
//  1. the JSON schema of its kind (types, required fields, enums, formats, int-or-string …), compiled
//     from the Kubernetes OpenAPI document by kubernetes-models;
//  2. strictly: every field must be one the API defines (the typed model of @kubernetes/client-node),
//     so a misspelt or misplaced field fails instead of being silently dropped by the API server.
// Prints {"objects": [...], "errors": [...]} as JSON; exits 1 when any object is invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import * as k8s from "@kubernetes/client-node/dist/gen/models/all.js";

const input = readFileSync(process.argv[2] ?? 0, "utf8");
const objects = [];
const errors = [];

for (const document of parseAllDocuments(input)) {
  if (document.errors.length > 0) {
    errors.push(`YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    continue;
  }
  const object = document.toJS();
  if (object === null || object === undefined) continue;
  objects.push(object);
  const where = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    errors.push(`${where}: apiVersion and kind are required`);
    continue;
  }

  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const modulePath = `kubernetes-models/${group ? `${group}/` : ""}${version}/${object.kind}`;
  let model;
  try {
    model = (await import(modulePath))[object.kind];
  } catch {
    errors.push(`${where}: ${object.apiVersion} ${object.kind} is not a Kubernetes API kind`);
    continue;
  }
  try {
    new model(object).validate();
  } catch (error) {
    errors.push(`${where}: ${error.message}`);
  }

  const typeName = `${version.charAt(0).toUpperCase()}${version.slice(1)}${object.kind}`;
  if (!k8s[typeName]?.attributeTypeMap) {
    errors.push(`${where}: no API definition ${typeName} for the strict field check`);
    continue;
  }
  checkFields(object, typeName, where, "");
}

function checkFields(value, typeName, where, path) {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(typeName);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => checkFields(item, array[1], where, `${path}[${i}]`));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(typeName);
  if (map) {
    if (typeof value === "object") for (const [key, item] of Object.entries(value)) checkFields(item, map[1], where, `${path}.${key}`);
    return;
  }
  const attributes = k8s[typeName]?.attributeTypeMap;
  if (!attributes || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, item] of Object.entries(value)) {
    const attribute = attributes.find((a) => a.baseName === key);
    if (!attribute) {
      errors.push(`${where}: unknown field ${path ? `${path}.` : ""}${key} (not in ${typeName})`);
      continue;
    }
    checkFields(item, attribute.type, where, path ? `${path}.${key}` : key);
  }
}

process.stdout.write(JSON.stringify({ objects, errors }));
process.exitCode = errors.length > 0 ? 1 : 0;
