// GraphiQL for the BorderLens GraphQL endpoint, built into the binary so
// it works offline (no CDN). Queries go to ../graphql over HTTP and
// subscriptions over WebSocket (graphql-transport-ws).
import React from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { createClient } from "graphql-ws";
import "graphiql/style.css";
import "./page.css";

const url = new URL("../graphql", window.location.href);
const wsURL = new URL(url);
wsURL.protocol = url.protocol === "https:" ? "wss:" : "ws:";

const fetcher = createGraphiQLFetcher({
  url: url.href,
  wsClient: createClient({ url: wsURL.href, lazy: true }),
});

const defaultQuery = `# BorderLens GraphQL. Node ids are "Kind:ID", e.g. "Trader:KR1234567".
{
  stats { nodeCount edgeCount }
  topRisk(kinds: [Passenger, Trader], first: 5) {
    edges { node { rank score node { id label } } }
  }
}
`;

createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: false }),
);
