// Writes the policy benchmark's data, deterministically: data/policies.cedar (the console's seed rules
// and ~50 policies of an operations team), data/entities.json (~60 entities: users in a group
// hierarchy, actions in action groups, resources in environments) and data/requests.json (REQUESTS
// requests with contexts: mfa, client ip, hour, change freeze, approval).
// Usage: node gen_data.mjs [OUT_DIR] [REQUESTS]   (defaults: ./data next to this file, 3000)

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, "data");
const requestCount = Number(process.argv[3] ?? 3000);

// mulberry32: a small seeded generator, so every run writes the same data.
let state = 20261127;
function random() {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const uid = (type, id) => ({ type, id });
const ip = (text) => ({ __extn: { fn: "ip", arg: text } });
const decimal = (text) => ({ __extn: { fn: "decimal", arg: text } });

// ---- entities -------------------------------------------------------------------------------------
const entities = [];
const entity = (type, id, attrs = {}, parents = []) =>
    entities.push({ uid: uid(type, id), attrs, parents: parents.map(([t, i]) => uid(t, i)) });

const groups = {
    "all-staff": [],
    engineering: ["all-staff"],
    sre: ["engineering"],
    platform: ["engineering"],
    backend: ["engineering"],
    data: ["engineering"],
    oncall: ["sre"],
    finance: ["all-staff"],
    "billing-analysts": ["finance"],
    security: ["all-staff"],
    admins: ["security"],
    contractors: ["all-staff"],
};
for (const [g, parents] of Object.entries(groups))
    entity("Group", g, {}, parents.map((p) => ["Group", p]));

const users = [
    ["alice", "sre", 4, ["sre", "oncall"]],
    ["bob", "sre", 2, ["sre"]],
    ["carol", "platform", 3, ["platform"]],
    ["dave", "platform", 1, ["platform", "contractors"]],
    ["erin", "backend", 3, ["backend", "oncall"]],
    ["frank", "backend", 2, ["backend"]],
    ["grace", "data", 4, ["data"]],
    ["heidi", "data", 2, ["data"]],
    ["ivan", "finance", 3, ["billing-analysts"]],
    ["judy", "finance", 5, ["finance"]],
    ["mallory", "backend", 1, ["contractors", "backend"]],
    ["niaj", "security", 4, ["security", "admins"]],
    ["olivia", "security", 2, ["security"]],
    ["peggy", "finance", 2, ["billing-analysts"]],
    ["rupert", "sre", 3, ["sre"]],
    ["sybil", "platform", 5, ["platform", "admins"]],
    ["trent", "data", 3, ["data", "contractors"]],
    ["victor", "backend", 4, ["backend"]],
    ["walter", "sales", 2, ["all-staff"]],
    ["yara", "sre", 5, ["sre", "oncall", "admins"]],
];
for (const [name, team, level, memberOf] of users)
    entity("User", name, { team, level, email: `${name}@example.com`, suspended: name === "mallory" },
        memberOf.map((g) => ["Group", g]));

const actionGroups = {
    read: ["readMetrics", "readLogs", "readBilling"],
    write: ["writeConfig", "deleteData"],
    operate: ["acknowledgeIncident", "runExperiment", "approveExperiment"],
};
const concreteActions = [...Object.values(actionGroups).flat(), "exportData", "managePolicies"];
for (const g of Object.keys(actionGroups))
    entity("Action", g);
for (const a of concreteActions) {
    const group = Object.keys(actionGroups).find((g) => actionGroups[g].includes(a));
    entity("Action", a, {}, group ? [["Action", group]] : []);
}

entity("Environment", "production");
entity("Environment", "staging");
const resources = [
    ["Metrics", "prod-api-latency", { env: "production", owner: "backend" }],
    ["Metrics", "prod-db-saturation", { env: "production", owner: "data" }],
    ["Metrics", "staging-api-latency", { env: "staging", owner: "backend" }],
    ["Logs", "prod-checkout", { env: "production", owner: "backend" }],
    ["Logs", "staging-checkout", { env: "staging", owner: "backend" }],
    ["Logs", "prod-ingress", { env: "production", owner: "platform" }],
    ["Billing", "aws-2026-10", { env: "production", account: "engineering", total: decimal("48211.3700") }],
    ["Billing", "gcp-2026-10", { env: "production", account: "executive", total: decimal("120577.0100") }],
    ["Dataset", "prod-orders", { env: "production", owner: "data", pii: true }],
    ["Dataset", "staging-orders", { env: "staging", owner: "data", pii: false }],
    ["Incident", "INC-4242", { env: "production", severity: 1, service: "checkout" }],
    ["Experiment", "latency-injection", { env: "staging", blastRadius: 5, requester: uid("User", "bob") }],
    ["Experiment", "prod-failover", { env: "production", blastRadius: 40, requester: uid("User", "alice") }],
    ["Config", "checkout-service", { env: "production", owner: "backend" }],
    ["Config", "ingress-staging", { env: "staging", owner: "platform" }],
    ["Dashboard", "slo-overview", { env: "production", restricted: false }],
    ["Dashboard", "cost-breakdown", { env: "production", restricted: true }],
    ["PolicyStore", "main", { env: "production" }],
];
for (const [type, id, attrs] of resources)
    entity(type, id, attrs, [["Environment", attrs.env]]);

// ---- policies -------------------------------------------------------------------------------------
const policies = [
    `// The console's seed rules.
@id("engineers-read-production-metrics")
permit (principal in Group::"engineering", action == Action::"readMetrics", resource in Environment::"production")
when { context.mfa && (context.ip.isInRange(ip("10.0.0.0/8")) || context.ip.isInRange(ip("192.168.0.0/16"))) };`,
    `@id("finance-reads-billing")
permit (principal in Group::"finance", action == Action::"readBilling", resource is Billing)
when { context.mfa };`,
    `@id("nobody-deletes-production")
forbid (principal, action == Action::"deleteData", resource in Environment::"production");`,
    `permit (principal in Group::"engineering", action in Action::"read", resource in Environment::"staging");`,
    `permit (principal in Group::"engineering", action == Action::"readLogs", resource in Environment::"production")
when { context.mfa && context.ip.isInRange(ip("10.0.0.0/8")) };`,
    `forbid (principal in Group::"contractors", action, resource in Environment::"production")
unless { action == Action::"readMetrics" && context.mfa && principal.level >= 3 };`,
    `permit (principal in Group::"oncall", action == Action::"acknowledgeIncident", resource is Incident);`,
    `permit (principal in Group::"sre", action == Action::"runExperiment", resource is Experiment)
when { resource.env == "staging" || (context.mfa && resource.blastRadius <= 10) };`,
    `forbid (principal, action == Action::"runExperiment", resource)
when { resource has blastRadius && resource.blastRadius > 25 && !(context has approvedBy) };`,
    `permit (principal in Group::"security", action in [Action::"readLogs", Action::"readMetrics"], resource is PolicyStore);`,
    `permit (principal in Group::"admins", action == Action::"managePolicies", resource is PolicyStore)
when { context.mfa };`,
    `forbid (principal, action == Action::"managePolicies", resource)
unless { context.ip.isInRange(ip("10.0.0.0/8")) };`,
    `forbid (principal, action == Action::"exportData", resource)
when { resource has pii && resource.pii && !context.mfa };`,
    `permit (principal in Group::"data", action == Action::"exportData", resource is Dataset)
when { principal.level >= 3 };`,
    `permit (principal in Group::"billing-analysts", action == Action::"exportData", resource is Billing)
when { context.mfa && resource.total.lessThan(decimal("100000.0")) };`,
    `forbid (principal, action == Action::"readBilling", resource)
when { resource.account == "executive" && !(principal in Group::"finance" && principal.level >= 4) };`,
    `forbid (principal, action in Action::"write", resource in Environment::"production")
when { context.changeFreeze };`,
    `forbid (principal, action, resource)
when { principal has suspended && principal.suspended };`,
    `permit (principal in Group::"all-staff", action == Action::"readMetrics", resource is Dashboard)
unless { resource.restricted };`,
    `permit (principal in Group::"finance", action == Action::"readMetrics", resource == Dashboard::"cost-breakdown");`,
    `permit (principal, action == Action::"approveExperiment", resource is Experiment)
when { principal in Group::"sre" && principal.level >= 4 };`,
    `forbid (principal, action == Action::"approveExperiment", resource)
when { resource has requester && resource.requester == principal };`,
    `permit (principal in Group::"platform", action == Action::"writeConfig", resource is Config)
when { resource.env == "staging" };`,
    `permit (principal, action == Action::"readLogs", resource)
when { resource has owner && principal has team && principal.team == resource.owner };`,
    `forbid (principal, action, resource in Environment::"production")
when { context.ip.isIpv6() && !context.ip.isInRange(ip("fd00::/8")) };`,
    `permit (principal in Group::"oncall", action in Action::"operate", resource is Incident)
when { resource.severity <= 2 && context.hour >= 0 };`,
    `permit (principal in Group::"oncall", action == Action::"writeConfig", resource is Config)
when { context has incident && context.incident like "INC-*" };`,
    `forbid (principal, action == Action::"writeConfig", resource)
when { context.hour < 6 && !(principal in Group::"oncall") };`,
    `permit (principal is User, action == Action::"readMetrics", resource is Metrics)
when { resource.owner == principal.team };`,
    `permit (principal in Group::"security", action == Action::"readLogs", resource is Logs)
when { context.mfa };`,
];
for (const team of ["sre", "platform", "backend", "data"]) {
    policies.push(`permit (principal in Group::"${team}", action in Action::"write", resource)
when { resource has owner && resource.owner == "${team}" && context.hour >= 8 && context.hour < 20 };`);
    policies.push(`permit (principal in Group::"${team}", action in Action::"read", resource)
when { resource has owner && resource.owner == "${team}" && context.mfa };`);
}
// Individual grants, as teams accumulate them.
const grantResources = resources.filter(([, , a]) => a.env === "production");
for (let i = 0; i < 12; ++i) {
    const [name] = pick(users);
    const action = pick(concreteActions);
    const [type, id] = pick(grantResources);
    policies.push(`permit (principal == User::"${name}", action == Action::"${action}", resource == ${type}::"${id}")
when { context.hour >= 7 && context.hour <= 22 && context.mfa };`);
}

// ---- requests -------------------------------------------------------------------------------------
const trusted = () => (random() < 0.7 ? `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.7`
                                      : `192.168.${Math.floor(random() * 256)}.20`);
const untrusted = () => pick([`203.0.113.${Math.floor(random() * 256)}`, "2001:db8::42", "fd00::17", "198.51.100.9"]);
// Most requests ask for an action on a resource it is meant for; the rest are arbitrary.
const meantFor = {
    readMetrics: ["Metrics", "Dashboard"], readLogs: ["Logs"], readBilling: ["Billing"], writeConfig: ["Config"],
    deleteData: ["Dataset"], acknowledgeIncident: ["Incident"], runExperiment: ["Experiment"],
    approveExperiment: ["Experiment"], exportData: ["Dataset", "Billing"], managePolicies: ["PolicyStore"],
};
const requests = [];
for (let i = 0; i < requestCount; ++i) {
    const [name] = pick(users);
    const action = pick(concreteActions);
    const [type, id] = random() < 0.7 ? pick(resources.filter(([t]) => meantFor[action].includes(t))) : pick(resources);
    const context = {
        mfa: random() < 0.7,
        ip: ip(random() < 0.75 ? trusted() : untrusted()),
        hour: Math.floor(random() * 24),
        changeFreeze: random() < 0.1,
    };
    if (random() < 0.2)
        context.approvedBy = uid("User", pick(users)[0]);
    if (random() < 0.2)
        context.incident = `INC-${4000 + Math.floor(random() * 400)}`;
    requests.push({ principal: uid("User", name), action: uid("Action", action), resource: uid(type, id), context });
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "policies.cedar"), policies.join("\n\n") + "\n");
writeFileSync(join(out, "entities.json"), "[\n" + entities.map((e) => JSON.stringify(e)).join(",\n") + "\n]\n");
writeFileSync(join(out, "requests.json"), "[\n" + requests.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
console.log(`${out}: ${policies.length} policies, ${entities.length} entities, ${requests.length} requests`);
