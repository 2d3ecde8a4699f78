package main

import (
	"encoding/json"
	"fmt"
)

// Server names in the tables.
const (
	serverOurs   = "borderlens"
	serverTheirs = "neo4j-graphql"
)

// Query names in the tables.
const (
	querySubgraph = "subgraph-2hop"
	queryRisk     = "risk-profile"
)

// The GraphQL documents each server is sent. Both select the same fields
// of the 2-hop subgraph (node key, kind, label and distance; relationship
// ends and type). For the risk profile each selects what it has: ours the
// score, community, factors and paths its analytics computes in memory;
// theirs the properties the demo's analytics wrote back plus a @cypher
// field walking down riskHops to the nearest known smugglers.
const (
	oursSubgraph = `query Subgraph($c: ID!, $limit: Int) {
  subgraph(centers: [$c], depth: 2, limit: $limit) {
    truncated
    nodes { distance node { id kind label } }
    edges { from kind to }
  }
}`
	theirsSubgraph = `query Subgraph($c: ID!, $limit: Int) {
  subgraph2(center: $c, limit: $limit) {
    truncated
    nodes { distance node { key kind label } }
    edges { from kind to }
  }
}`
	oursRisk = `query Risk($c: ID!) {
  riskProfile(id: $c) {
    score
    communityId
    node { id kind label }
    factors { name weight detail }
    paths { hops nodes { id kind label } edges { from kind to } }
  }
}`
	theirsRisk = `query Risk($c: ID!) {
  entities(where: {key: {eq: $c}}) {
    key kind label
    networkRisk communityId pagerank betweenness riskHops knownSmuggler
    smugglerPaths(limit: 3) { hops nodes { key kind label } edges { from kind to } }
  }
}`
)

// request is a GraphQL POST body.
type request struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// body returns the JSON body of the query on the server for one centre.
func body(server, query, center string, limit int) ([]byte, error) {
	var doc string
	vars := map[string]any{"c": center}
	switch {
	case server == serverOurs && query == querySubgraph:
		doc = oursSubgraph
		vars["limit"] = limit
	case server == serverTheirs && query == querySubgraph:
		doc = theirsSubgraph
		vars["limit"] = limit
	case server == serverOurs && query == queryRisk:
		doc = oursRisk
	case server == serverTheirs && query == queryRisk:
		doc = theirsRisk
	default:
		return nil, fmt.Errorf("no %s query for server %s", query, server)
	}
	return json.Marshal(request{Query: doc, Variables: vars})
}

// response is the top level of a GraphQL answer.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

// check decodes a GraphQL answer and reports the first error, or a null
// data member, as an error.
func check(b []byte) (json.RawMessage, error) {
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("decode answer: %w", err)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("graphql error: %s", r.Errors[0].Message)
	}
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return nil, fmt.Errorf("graphql answer without data")
	}
	return r.Data, nil
}

// sgNode is a subgraph node of either server (ours names the key id).
type sgNode struct {
	Distance int `json:"distance"`
	Node     struct {
		ID    string `json:"id"`
		Key   string `json:"key"`
		Kind  string `json:"kind"`
		Label string `json:"label"`
	} `json:"node"`
}

// key returns the node key whichever field name the server uses.
func (n sgNode) key() string {
	if n.Node.ID != "" {
		return n.Node.ID
	}
	return n.Node.Key
}

// link is a relationship as both servers return it.
type link struct {
	From string `json:"from"`
	Kind string `json:"kind"`
	To   string `json:"to"`
}

// subgraph is the decoded answer of either subgraph query.
type subgraph struct {
	Truncated bool     `json:"truncated"`
	Nodes     []sgNode `json:"nodes"`
	Edges     []link   `json:"edges"`
}

// decodeSubgraph reads the data member of a subgraph answer.
func decodeSubgraph(server string, data json.RawMessage) (subgraph, error) {
	var v struct {
		Ours   *subgraph `json:"subgraph"`
		Theirs *subgraph `json:"subgraph2"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return subgraph{}, fmt.Errorf("decode %s subgraph: %w", server, err)
	}
	if v.Ours != nil {
		return *v.Ours, nil
	}
	if v.Theirs != nil {
		return *v.Theirs, nil
	}
	return subgraph{}, fmt.Errorf("%s subgraph: empty answer", server)
}

// profile is the part of a risk answer both servers have.
type profile struct {
	Score     float64
	Community int64
	Hops      int // hops of the first path, -1 without paths
	Paths     [][]string
}

// decodeRisk reads the data member of a risk answer.
func decodeRisk(server string, data json.RawMessage) (profile, error) {
	type pathNodes struct {
		Hops  int `json:"hops"`
		Nodes []struct {
			ID  string `json:"id"`
			Key string `json:"key"`
		} `json:"nodes"`
	}
	var v struct {
		Ours *struct {
			Score       float64     `json:"score"`
			CommunityID int64       `json:"communityId"`
			Paths       []pathNodes `json:"paths"`
		} `json:"riskProfile"`
		Theirs []struct {
			NetworkRisk   float64     `json:"networkRisk"`
			CommunityID   int64       `json:"communityId"`
			SmugglerPaths []pathNodes `json:"smugglerPaths"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return profile{}, fmt.Errorf("decode %s risk profile: %w", server, err)
	}
	var p profile
	var paths []pathNodes
	switch {
	case v.Ours != nil:
		p.Score, p.Community, paths = v.Ours.Score, v.Ours.CommunityID, v.Ours.Paths
	case len(v.Theirs) == 1:
		p.Score, p.Community, paths = v.Theirs[0].NetworkRisk, v.Theirs[0].CommunityID, v.Theirs[0].SmugglerPaths
	default:
		return profile{}, fmt.Errorf("%s risk profile: no single node in the answer", server)
	}
	p.Hops = -1
	for i, x := range paths {
		if i == 0 {
			p.Hops = x.Hops
		}
		var ks []string
		for _, n := range x.Nodes {
			k := n.ID
			if k == "" {
				k = n.Key
			}
			ks = append(ks, k)
		}
		p.Paths = append(p.Paths, ks)
	}
	return p, nil
}
