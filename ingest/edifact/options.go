package edifact

// Default limits.
const (
	// DefaultMaxSegmentLength bounds the bytes of one segment (64 KiB).
	DefaultMaxSegmentLength = 64 << 10
	// DefaultMaxMessageSegments bounds the segments of one message.
	DefaultMaxMessageSegments = 500_000
)

// Config holds the settings of a Reader or MessageReader. Build it with
// ApplyOptions.
type Config struct {
	// MaxSegmentLength is the largest segment accepted, in bytes, counted
	// from the first byte of the tag to the terminator.
	MaxSegmentLength int
	// MaxMessageSegments is the largest number of segments accepted in one
	// message.
	MaxMessageSegments int
	// Strict turns every recoverable problem into a fatal error.
	Strict bool
}

// Option configures reading. The paxlst and pnrgov packages accept the same
// options.
type Option func(*Config)

// ApplyOptions returns the configuration that results from applying opts to
// the defaults.
func ApplyOptions(opts ...Option) Config {
	c := Config{
		MaxSegmentLength:   DefaultMaxSegmentLength,
		MaxMessageSegments: DefaultMaxMessageSegments,
	}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.MaxSegmentLength <= 0 {
		c.MaxSegmentLength = DefaultMaxSegmentLength
	}
	if c.MaxMessageSegments <= 0 {
		c.MaxMessageSegments = DefaultMaxMessageSegments
	}
	return c
}

// WithMaxSegmentLength sets the largest segment accepted, in bytes. A
// non-positive n keeps the default (64 KiB).
func WithMaxSegmentLength(n int) Option {
	return func(c *Config) { c.MaxSegmentLength = n }
}

// WithMaxMessageSegments sets the largest number of segments accepted in one
// message. A non-positive n keeps the default.
func WithMaxMessageSegments(n int) Option {
	return func(c *Config) { c.MaxMessageSegments = n }
}

// Strict makes every recoverable problem (a repaired UNA, a count mismatch,
// a skipped segment, a field that does not parse, ...) a fatal error.
func Strict() Option {
	return func(c *Config) { c.Strict = true }
}
