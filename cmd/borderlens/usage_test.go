package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// TestUsage checks the help and usage errors of every command: help
// prints usage and succeeds, a missing or unknown subcommand fails naming
// the command and showing its usage.
func TestUsage(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string // "" means success
		wantOut string // in stdout (on success) or in the error
	}{
		{args: []string{"help"}, wantOut: "usage: borderlens <command>"},
		{args: []string{"fly"}, wantErr: `unknown command "fly"`, wantOut: "commands:"},
		{args: []string{"serve", "-h"}},
		{args: []string{"analyze", "--help"}},
		{args: []string{"date", "help"}, wantOut: "usage: borderlens date"},
		{args: []string{"hs", "-h"}, wantOut: "usage: borderlens hs"},
		{args: []string{"keys", "--help"}, wantOut: "usage: borderlens keys"},
		{args: []string{"audit", "help"}, wantOut: "usage: borderlens audit"},
		{args: []string{"partner", "-h"}, wantOut: "usage: borderlens partner"},
		{args: []string{"keys"}, wantErr: "keys: a subcommand is needed", wantOut: "revoke ID"},
		{args: []string{"date"}, wantErr: "date: a subcommand is needed", wantOut: "select"},
		{args: []string{"audit", "fly"}, wantErr: `audit: unknown subcommand "fly"`, wantOut: "verify"},
		{args: []string{"keys", "fly"}, wantErr: `keys: unknown subcommand "fly"`, wantOut: "create"},
		{args: []string{"hs", "fly"}, wantErr: `unknown subcommand "fly"`},
		{args: []string{"keys", "list", "-h"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out bytes.Buffer
			err := run(context.Background(), tc.args, func(string) string { return "" }, &out, io.Discard)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("got error %v, want success", err)
				}
				if !strings.Contains(out.String(), tc.wantOut) {
					t.Errorf("stdout %q does not contain %q", out.String(), tc.wantOut)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), tc.wantOut) {
				t.Errorf("got error %v, want one containing %q and %q", err, tc.wantErr, tc.wantOut)
			}
		})
	}
}
