package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// fail turns an error from the driver (or from our own transaction work)
// into the error a Store method returns: nil stays nil, a cancelled ctx
// gives ctx.Err() wrapped and unconverted (the contract), *graph.Error
// values pass through, and driver errors are mapped by classify. This is
// the one place where driver errors become domain errors.
func (s *Store) fail(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("neo4j: %s: %w", op, cerr)
	}
	var gerr *graph.Error
	if errors.As(err, &gerr) {
		return fmt.Errorf("neo4j: %s: %w", op, err)
	}
	gerr = classify(err)
	if unreachable(err) {
		gerr = graph.Errorf(graph.EUNAVAILABLE, "neo4j unreachable at %s: %s", s.uri, gerr.Message)
		s.markDown(gerr)
	}
	return fmt.Errorf("neo4j: %s: %w", op, gerr)
}

// unreachable reports whether err means the server cannot be used at all
// (as opposed to one transaction failing), so the store should check it
// again before the next call.
func unreachable(err error) bool {
	var (
		nerr  *neo4j.Neo4jError
		cerr  *neo4j.ConnectivityError
		lerr  *neo4j.TransactionExecutionLimit
		aerr  *neo4j.InvalidAuthenticationError
		nterr net.Error
	)
	switch {
	case errors.As(err, &lerr):
		// Only retryable errors get here: a non-Neo4j one is a lost
		// connection or an exhausted pool.
		for _, e := range lerr.Errors {
			if e != nil && (!errors.As(e, &nerr) || unreachable(e)) {
				return true
			}
		}
		return false
	case errors.As(err, &cerr), errors.As(err, &aerr), errors.As(err, &nterr):
		return true
	case errors.As(err, &nerr):
		return strings.HasPrefix(nerr.Code, "Neo.ClientError.Security.") ||
			nerr.Code == "Neo.ClientError.Database.DatabaseNotFound"
	}
	return false
}

// classify maps a driver error to a domain error. Messages never carry
// query parameters: Neo4j puts property values into some messages
// (constraint violations, type errors), so those keep only the status code.
func classify(err error) *graph.Error {
	var (
		nerr  *neo4j.Neo4jError
		cerr  *neo4j.ConnectivityError
		lerr  *neo4j.TransactionExecutionLimit
		uerr  *neo4j.UsageError
		aerr  *neo4j.InvalidAuthenticationError
		tkerr *neo4j.TokenExpiredError
		nterr net.Error
	)
	switch {
	case errors.As(err, &lerr):
		// Retries ran out: the last error says why.
		if n := len(lerr.Errors); n > 0 && lerr.Errors[n-1] != nil {
			return graph.Errorf(graph.EUNAVAILABLE, "%s (gave up retrying: %s)", reason(lerr.Errors[n-1]), lerr.Cause)
		}
		return graph.Errorf(graph.EUNAVAILABLE, "gave up retrying: %s", lerr.Cause)
	case errors.As(err, &cerr), errors.As(err, &nterr):
		return graph.Errorf(graph.EUNAVAILABLE, "%s", reason(err))
	case errors.As(err, &aerr), errors.As(err, &tkerr):
		return graph.Errorf(graph.EUNAVAILABLE, "authentication failed")
	case errors.As(err, &nerr):
		return classifyNeo4j(nerr)
	case errors.As(err, &uerr):
		if strings.Contains(uerr.Message, "closed") {
			return graph.Errorf(graph.EUNAVAILABLE, "store is closed")
		}
		return graph.Errorf(graph.EINTERNAL, "driver usage: %s", uerr.Message)
	case errors.Is(err, context.DeadlineExceeded):
		// A driver-internal timeout (connection acquisition), not ours.
		return graph.Errorf(graph.EUNAVAILABLE, "timed out")
	}
	return graph.Errorf(graph.EINTERNAL, "%v", err)
}

func classifyNeo4j(e *neo4j.Neo4jError) *graph.Error {
	code := e.Code
	switch {
	case strings.HasPrefix(code, "Neo.ClientError.Security."):
		if e.IsAuthenticationFailed() {
			return graph.Errorf(graph.EUNAVAILABLE, "authentication failed")
		}
		return graph.Errorf(graph.EUNAVAILABLE, "access refused (%s)", code)
	case code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return graph.Errorf(graph.ECONFLICT, "write violates a uniqueness constraint (%s)", code)
	case code == "Neo.ClientError.Database.DatabaseNotFound":
		return graph.Errorf(graph.EUNAVAILABLE, "database not found (%s)", code)
	case strings.HasPrefix(code, "Neo.ClientError.Statement.SyntaxError"),
		strings.HasPrefix(code, "Neo.ClientError.Statement.SemanticError"),
		strings.HasPrefix(code, "Neo.ClientError.Statement.ParameterMissing"),
		strings.HasPrefix(code, "Neo.ClientError.Request."):
		// Our Cypher is wrong: a bug. Syntax messages quote the query text,
		// which holds no parameter values.
		return graph.Errorf(graph.EINTERNAL, "%s: %s", code, e.Msg)
	case strings.HasPrefix(code, "Neo.ClientError.Transaction."),
		strings.HasPrefix(code, "Neo.ClientError.Cluster."),
		strings.HasPrefix(code, "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"),
		strings.HasPrefix(code, "Neo.TransientError."):
		return graph.Errorf(graph.EUNAVAILABLE, "server could not complete the transaction (%s)", code)
	case strings.HasPrefix(code, "Neo.ClientError."):
		return graph.Errorf(graph.EINVALID, "server rejected the request (%s)", code)
	}
	return graph.Errorf(graph.EINTERNAL, "%s: %s", code, e.Msg)
}

// reason describes why the server could not be used, for EUNAVAILABLE
// messages. Connectivity errors name addresses, never credentials.
func reason(err error) string {
	var cerr *neo4j.ConnectivityError
	if errors.As(err, &cerr) && cerr.Inner != nil {
		return cerr.Inner.Error()
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		return classifyNeo4j(nerr).Message
	}
	var lerr *neo4j.TransactionExecutionLimit
	var aerr *neo4j.InvalidAuthenticationError
	var gerr *graph.Error
	switch {
	case errors.As(err, &lerr), errors.As(err, &aerr):
		return classify(err).Message
	case errors.As(err, &gerr):
		return gerr.Message
	}
	return err.Error()
}

// usageMessage is the text of an error from NewDriverWithContext.
func usageMessage(err error) string {
	var uerr *neo4j.UsageError
	if errors.As(err, &uerr) {
		return uerr.Message
	}
	return "malformed URI"
}
