// Minimal page until the visualiser lands: readiness, counts and search
// through the GraphQL endpoint.
async function gql(query, variables) {
  const r = await fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({query, variables})});
  return r.json();
}
async function init() {
  const st = document.getElementById('status');
  const r = await fetch('/readyz');
  st.textContent = r.ok ? 'ready' : 'store unavailable';
  try {
    const res = await gql('{ stats { nodes { kind count } } }');
    const tb = document.querySelector('#stats tbody');
    for (const n of (res.data && res.data.stats ? res.data.stats.nodes : [])) {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td></td><td></td>';
      tr.children[0].textContent = n.kind; tr.children[1].textContent = n.count;
      tb.appendChild(tr);
    }
  } catch (e) { st.textContent = 'GraphQL unavailable'; }
}
document.getElementById('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get('q');
  const res = await gql('query($t:String!){ search(text:$t, first:20){ edges { node { id kind label } } } }', {t: q});
  const ul = document.getElementById('hits'); ul.innerHTML = '';
  for (const e of (res.data ? res.data.search.edges : [])) {
    const li = document.createElement('li'); li.textContent = e.node.kind + ' — ' + e.node.label + ' (' + e.node.id + ')'; ul.appendChild(li);
  }
});
init();
