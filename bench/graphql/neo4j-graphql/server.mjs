// @neo4j/graphql on Apollo Server, serving the BorderLens graph model (see
// docs/graph-model.md) for bench/graphql.sh. It reads the same Neo4j the
// BorderLens server reads; it writes nothing.
//
// Env: NEO4J_URI, NEO4J_USER (neo4j), NEO4J_PASSWORD, PORT (4000), HOST (127.0.0.1).
// Prints "NEO4J_GRAPHQL_READY http://HOST:PORT/" (the GraphQL endpoint) when it listens.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

export const typeDefs = /* GraphQL */ `
  # Every BorderLens node carries :Entity plus its kind label, keyed by "Kind:ID".
  type Entity @node(labels: ["Entity"]) {
    key: ID!
    kind: String!
    id: String!
    label: String
    knownSmuggler: Boolean
    communityId: Int
    pagerank: Float
    betweenness: Float
    degree: Int
    networkRisk: Float
    riskHops: Int

    """
    Shortest paths to up to limit distinct nearest known smugglers, by smuggler key.
    It walks down riskHops, the hop distance to the nearest known smuggler that
    BorderLens analytics wrote back (hub kinds are outside its projection and carry
    none): the same walk down precomputed BFS distances that BorderLens' riskProfile
    does in memory. A plain shortestPath/SHORTEST search that skips hubs costs
    seconds to minutes per call on the demo world.
    """
    smugglerPaths(limit: Int = 3): [Path!]!
      @cypher(
        statement: """
        MATCH p = (this)((a)--(b:Entity) WHERE b.riskHops = a.riskHops - 1){1,8}(s:Entity {knownSmuggler: true})
        WITH s, p ORDER BY [x IN nodes(p) | x.key]
        WITH s, head(collect(p)) AS p ORDER BY s.key LIMIT $limit
        RETURN {
          hops: length(p),
          nodes: [x IN nodes(p) | {key: x.key, kind: x.kind, label: x.label}],
          edges: [r IN relationships(p) | {from: startNode(r).key, kind: type(r), to: endNode(r).key}]
        } AS path
        """
        columnName: "path"
      )
  }

  type PathNode {
    key: ID!
    kind: String!
    label: String
  }

  type Link {
    from: ID!
    kind: String!
    to: ID!
  }

  type Path {
    hops: Int!
    nodes: [PathNode!]!
    edges: [Link!]!
  }

  type SubgraphNode {
    distance: Int!
    node: PathNode!
  }

  type Subgraph {
    nodes: [SubgraphNode!]!
    edges: [Link!]!
    truncated: Boolean!
  }

  type Query {
    """
    What BorderLens' subgraph(centers: [center], depth: 2, limit) answers, in one
    Cypher statement: the centre, its neighbours and theirs, ranked by
    (distance, key) and cut at limit nodes, plus every relationship among them.
    """
    subgraph2(center: ID!, limit: Int = 500): Subgraph!
      @cypher(
        statement: """
        MATCH (c:Entity {key: $center})
        CALL (c) {
          MATCH (c)--(m:Entity) WHERE m <> c
          RETURN collect(DISTINCT m) AS l1
        }
        CALL (c, l1) {
          UNWIND l1 AS n
          MATCH (n)--(m:Entity) WHERE m <> c AND NOT m IN l1
          RETURN collect(DISTINCT m) AS l2
        }
        WITH c, [x IN l1 | {d: 1, n: x}] + [x IN l2 | {d: 2, n: x}] AS rest
        WITH c, size(rest) AS reachable, rest
        CALL (rest) {
          UNWIND rest AS r
          WITH r ORDER BY r.d, r.n.key LIMIT $limit - 1
          RETURN collect(r) AS kept
        }
        WITH reachable, [{d: 0, n: c}] + kept AS ns
        WITH reachable, ns, [r IN ns | r.n] AS nodes
        CALL (nodes) {
          UNWIND nodes AS a
          MATCH (a)-[e]->(b:Entity) WHERE b IN nodes
          RETURN collect({from: a.key, kind: type(e), to: b.key}) AS edges
        }
        RETURN {
          nodes: [r IN ns | {distance: r.d, node: {key: r.n.key, kind: r.n.kind, label: r.n.label}}],
          edges: edges,
          truncated: reachable + 1 > size(ns)
        } AS sg
        """
        columnName: "sg"
      )
  }
`;

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error("NEO4J_URI is not set");
  }
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD || ""),
    { maxConnectionPoolSize: 100 },
  );
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  await neoSchema.checkNeo4jCompat(); // Neo4j version and APOC
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema, introspection: true });
  const port = Number(process.env.PORT || 4000);
  const host = process.env.HOST || "127.0.0.1";
  const { url } = await startStandaloneServer(server, {
    listen: { port, host },
    context: async ({ req }) => ({ req }),
  });
  console.log(`NEO4J_GRAPHQL_READY ${url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error("neo4j-graphql:", err);
  process.exit(1);
});
