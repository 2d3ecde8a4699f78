// Runs graphql-http's server audit against the URL given as the first
// argument and prints the results as one JSON array on stdout:
// [{id, name, status, reason?}], status being ok, notice, warn or error.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
const out = [];
for (const r of results) {
  const item = { id: r.id, name: r.name, status: r.status };
  if (r.status !== 'ok') {
    item.reason = r.reason;
  }
  out.push(item);
}
process.stdout.write(JSON.stringify(out));
