package edifact

import (
	"fmt"
	"strings"
)

// Position locates a segment in the input.
type Position struct {
	// Index is the 1-based ordinal of the segment in the input. The UNA
	// service string advice is not a segment and has Index 0.
	Index int `json:"segment"`
	// Offset is the byte offset of the first character of the segment tag.
	Offset int64 `json:"offset"`
	// Line is the 1-based line number of the first character of the tag.
	Line int `json:"line"`
}

// String renders the position for messages, e.g. "segment 12 (line 14, byte 345)".
func (p Position) String() string {
	return fmt.Sprintf("segment %d (line %d, byte %d)", p.Index, p.Line, p.Offset)
}

// Segment is one EDIFACT segment: a tag and its data elements, each a list
// of component data element values with release characters removed.
type Segment struct {
	// Tag is the three-character segment tag, e.g. "NAD".
	Tag string
	// Elements holds the data elements after the tag. Elements[i][j] is
	// component j of element i; a simple data element has one component.
	// Empty (omitted) elements and components are empty strings.
	Elements [][]string
	// Pos is where the segment starts in the input.
	Pos Position
}

// Element returns data element i (0-based, after the tag), or nil when the
// segment has fewer elements.
func (s Segment) Element(i int) []string {
	if i < 0 || i >= len(s.Elements) {
		return nil
	}
	return s.Elements[i]
}

// Value returns component j of data element i (both 0-based, the tag not
// counted), or "" when absent. It never panics.
func (s Segment) Value(i, j int) string {
	e := s.Element(i)
	if j < 0 || j >= len(e) {
		return ""
	}
	return e[j]
}

// NumElements returns the number of data elements after the tag.
func (s Segment) NumElements() int { return len(s.Elements) }

// String renders the segment with the default delimiters, releasing service
// characters in values. It is meant for logs and error messages.
func (s Segment) String() string {
	return s.Format(DefaultDelimiters)
}

// Format renders the segment with the given delimiters, including the
// segment terminator.
func (s Segment) Format(d Delimiters) string {
	var b strings.Builder
	b.WriteString(s.Tag)
	for _, el := range s.Elements {
		b.WriteByte(d.Element)
		for j, c := range el {
			if j > 0 {
				b.WriteByte(d.Component)
			}
			for i := 0; i < len(c); i++ {
				ch := c[i]
				if d.Release != 0 && (ch == d.Component || ch == d.Element || ch == d.Terminator || ch == d.Release) {
					b.WriteByte(d.Release)
				}
				b.WriteByte(ch)
			}
		}
	}
	b.WriteByte(d.Terminator)
	return b.String()
}
