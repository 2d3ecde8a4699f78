package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
)

// openStore opens the store the configuration selects: Neo4j when
// NEO4J_URI is set, else the embedded store under dataDir. A Neo4j server
// that is down does not fail here: the store reports it through Ready and
// reconnects when the server returns.
func openStore(ctx context.Context, dataDir string, getenv func(string) string, log zerolog.Logger) (graph.Store, error) {
	if uri := getenv("NEO4J_URI"); uri != "" {
		user := getenv("NEO4J_USER")
		if user == "" {
			user = "neo4j"
		}
		s, err := neo4jstore.Open(ctx, neo4jstore.Config{
			URI: uri, User: user, Password: getenv("NEO4J_PASSWORD"), Database: getenv("NEO4J_DATABASE"),
		})
		if err != nil {
			return nil, err
		}
		log.Info().Str("store", "neo4j").Msg("store opened")
		return s, nil
	}
	path := filepath.Join(dataDir, "graph.db")
	s, err := embedded.Open(ctx, path, embedded.Options{})
	if err != nil {
		return nil, err
	}
	log.Info().Str("store", "embedded").Str("path", path).Msg("store opened")
	return s, nil
}

// cardKey returns the deployment's payment-card hashing key: from
// BORDERLENS_CARD_KEY (hex) when set, else from <dataDir>/card.key,
// created with a random key on first use. The key never lives in the repo.
func cardKey(dataDir string, getenv func(string) string) ([]byte, error) {
	if v := getenv(envPrefix + "CARD_KEY"); v != "" {
		k, err := hex.DecodeString(strings.TrimSpace(v))
		if err != nil || len(k) < 16 {
			return nil, fmt.Errorf("%sCARD_KEY must be at least 16 bytes of hex", envPrefix)
		}
		return k, nil
	}
	path := filepath.Join(dataDir, "card.key")
	b, err := os.ReadFile(path)
	if err == nil {
		k, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(k) < 16 {
			return nil, fmt.Errorf("card key %s is malformed", path)
		}
		return k, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read card key: %w", err)
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("generate card key: %w", err)
	}
	if err := os.MkdirAll(dataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(k)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write card key: %w", err)
	}
	return k, nil
}
