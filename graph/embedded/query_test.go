package embedded

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSmallest checks the level cut against sorting everything: the kept
// keys are the room smallest distinct ones, and more is set exactly when
// there were others.
func TestSmallest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for i := range 500 {
		room, n := r.IntN(12), r.IntN(40)
		t.Run(fmt.Sprintf("%d room %d offers %d", i, room, n), func(t *testing.T) {
			s := newSmallest(room)
			distinct := map[string]bool{}
			for range n {
				k := []byte(fmt.Sprintf("k%02d", r.IntN(30)))
				distinct[string(k)] = true
				if s.wants(k) {
					s.add(k)
				}
			}
			all := make([]string, 0, len(distinct))
			for k := range distinct {
				all = append(all, k)
			}
			slices.Sort(all)
			want, wantMore := all[:min(room, len(all))], len(all) > room
			if got := s.sorted(); !slices.Equal(got, want) {
				t.Errorf("kept: got %v, want %v", got, want)
			}
			if s.more != wantMore {
				t.Errorf("more: got %v, want %v", s.more, wantMore)
			}
		})
	}
}
