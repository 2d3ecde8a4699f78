package neo4j

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Defaults applied by Open to zero Config fields.
const (
	DefaultConnectTimeout    = 5 * time.Second
	DefaultRetryTime         = 15 * time.Second
	DefaultReconnectInterval = time.Second
	DefaultBatchSize         = 5000
)

// Config says where the Neo4j server is and how to talk to it.
type Config struct {
	// URI is the server address. bolt:// (and bolt+s://, bolt+ssc://)
	// talks to one server; neo4j:// (and neo4j+s://, neo4j+ssc://) uses
	// the driver's routing, for clusters and Aura. User info in the URI is
	// never shown in errors.
	URI string

	// User and Password authenticate with basic auth. An empty User means
	// no authentication.
	User     string
	Password string

	// Database is the database to use; empty means the user's home
	// database (normally "neo4j").
	Database string

	// ConnectTimeout bounds opening one socket and each readiness check.
	ConnectTimeout time.Duration

	// RetryTime bounds the driver's retries of one transaction on
	// transient errors (deadlocks, leader switches, lost connections).
	RetryTime time.Duration

	// ReconnectInterval is the least time between two connection attempts
	// while the server is unreachable; calls in between fail at once with
	// the last reason instead of each waiting for a timeout.
	ReconnectInterval time.Duration

	// BatchSize is the number of rows sent in one UNWIND statement (writes)
	// and read in one page (scans).
	BatchSize int

	// MaxConnections caps the driver's connection pool (default 100).
	MaxConnections int
}

// Store is a graph.Store backed by a Neo4j 5 server. It is safe for
// concurrent use.
type Store struct {
	cfg    Config
	uri    string // cfg.URI without user info, for messages
	driver neo4j.DriverWithContext

	ready  atomic.Bool   // reachable and schema in place at the last check
	closed atomic.Bool   // Close was called
	dial   chan struct{} // one connection attempt at a time

	mu      sync.Mutex
	lastErr *graph.Error // why the last connection attempt failed
	lastTry time.Time
}

var _ graph.Store = (*Store)(nil)

// Open returns a Store for the server cfg names. A malformed Config is an
// EINVALID error; an unreachable server is not: Open then returns a Store
// whose Ready and methods report EUNAVAILABLE ("neo4j unreachable at
// <uri>: <reason>") until the server answers, when the Store connects and
// creates its schema by itself.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, fmt.Errorf("neo4j: open: %w", graph.Errorf(graph.EINVALID, "no URI"))
	}
	u, err := url.Parse(cfg.URI)
	if err != nil {
		return nil, fmt.Errorf("neo4j: open: %w", graph.Errorf(graph.EINVALID, "malformed URI"))
	}
	u.User = nil
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.RetryTime <= 0 {
		cfg.RetryTime = DefaultRetryTime
	}
	if cfg.ReconnectInterval <= 0 {
		cfg.ReconnectInterval = DefaultReconnectInterval
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	s := &Store{cfg: cfg, uri: u.String(), dial: make(chan struct{}, 1)}
	s.driver, err = neo4j.NewDriverWithContext(cfg.URI, auth, func(c *neo4j.Config) {
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.MaxTransactionRetryTime = cfg.RetryTime
		c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout + cfg.RetryTime
		if cfg.MaxConnections > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnections
		}
		c.TelemetryDisabled = true
	})
	if err != nil {
		// Usage errors name the scheme, never the credentials.
		return nil, fmt.Errorf("neo4j: open %s: %w", s.uri, graph.Errorf(graph.EINVALID, "%s", usageMessage(err)))
	}
	// One attempt now so a healthy server gives a ready store; a failure
	// is remembered and reported by Ready.
	if err := s.connect(ctx, true); err != nil && ctx.Err() != nil {
		s.driver.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("neo4j: open: %w", ctx.Err())
	}
	return s, nil
}

// URI returns the server address without user info.
func (s *Store) URI() string { return s.uri }

// Ready returns nil when the server answers and the schema is in place,
// and an EUNAVAILABLE error saying why not otherwise. Each call checks
// the server again, so a readiness probe sees an outage and the recovery.
func (s *Store) Ready(ctx context.Context) error {
	if s.closed.Load() {
		return errClosed("ready")
	}
	if err := s.connect(ctx, true); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("neo4j: ready: %w", ctx.Err())
		}
		return err
	}
	return nil
}

// Close closes the driver's connections. Committed data stays on the server.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ConnectTimeout)
	defer cancel()
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j: close: %w", graph.Errorf(graph.EINTERNAL, "%v", err))
	}
	return nil
}

func errClosed(op string) error {
	return fmt.Errorf("neo4j: %s: %w", op, graph.Errorf(graph.EUNAVAILABLE, "store is closed"))
}

// ensure returns nil when the store may talk to the server, connecting
// first when the last call found it down.
func (s *Store) ensure(ctx context.Context) error {
	if s.closed.Load() {
		return graph.Errorf(graph.EUNAVAILABLE, "store is closed")
	}
	if s.ready.Load() {
		return nil
	}
	return s.connect(ctx, false)
}

// connect checks the server and creates the schema when it is not yet in
// place. Without force, it answers with the remembered failure when the
// last attempt failed less than ReconnectInterval ago. Failures are
// EUNAVAILABLE *graph.Error values; a cancelled ctx returns ctx.Err().
func (s *Store) connect(ctx context.Context, force bool) error {
	select {
	case s.dial <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.dial }()
	if !force && s.ready.Load() {
		return nil
	}
	s.mu.Lock()
	last, lastTry := s.lastErr, s.lastTry
	s.mu.Unlock()
	if !force && last != nil && time.Since(lastTry) < s.cfg.ReconnectInterval {
		return last
	}

	cctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	err := s.driver.VerifyConnectivity(cctx)
	cancel()
	if err == nil && !s.ready.Load() {
		err = s.createSchema(ctx)
	}
	if err != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	var gerr *graph.Error
	if err != nil {
		gerr = graph.Errorf(graph.EUNAVAILABLE, "neo4j unreachable at %s: %s", s.uri, reason(err))
	}
	s.mu.Lock()
	s.lastErr, s.lastTry = gerr, time.Now()
	s.mu.Unlock()
	s.ready.Store(gerr == nil)
	if gerr != nil {
		return gerr
	}
	return nil
}

// markDown records that the server was found unreachable, so the next
// call checks it (and the schema) again before use.
func (s *Store) markDown(e *graph.Error) {
	s.mu.Lock()
	s.lastErr, s.lastTry = e, time.Now()
	s.mu.Unlock()
	s.ready.Store(false)
}

// session opens a session in the given access mode.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: s.cfg.Database,
		AccessMode:   mode,
		FetchSize:    s.cfg.BatchSize,
	})
}

// read runs work in a managed read transaction. work must be idempotent
// (the driver retries it) and return driver errors unwrapped so that the
// driver can tell which are retryable.
func (s *Store) read(ctx context.Context, op string, work func(tx neo4j.ManagedTransaction) error) error {
	return s.run(ctx, op, neo4j.AccessModeRead, work)
}

// write runs work in a managed write transaction, committed only when
// work returns nil.
func (s *Store) write(ctx context.Context, op string, work func(tx neo4j.ManagedTransaction) error) error {
	return s.run(ctx, op, neo4j.AccessModeWrite, work)
}

func (s *Store) run(ctx context.Context, op string, mode neo4j.AccessMode, work func(tx neo4j.ManagedTransaction) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("neo4j: %s: %w", op, err)
	}
	if err := s.ensure(ctx); err != nil {
		return s.fail(ctx, op, err)
	}
	sess := s.session(ctx, mode)
	defer sess.Close(context.WithoutCancel(ctx))
	fn := func(tx neo4j.ManagedTransaction) (any, error) { return nil, work(tx) }
	var err error
	if mode == neo4j.AccessModeWrite {
		_, err = sess.ExecuteWrite(ctx, fn)
	} else {
		_, err = sess.ExecuteRead(ctx, fn)
	}
	return s.fail(ctx, op, err)
}
