package hs_test

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/borderlens/borderlens/analytics/hs"
)

// Example trains a cold-start model (nomenclature and the built-in
// commercial terms), recommends subheadings for a French invoice line and
// checks two declared codes against it.
func Example() {
	nom, err := hs.LoadNomenclature(filepath.Join("..", "..", "..", "shared", "data", "harmonized-system.csv"))
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _, err := hs.Train(context.Background(), nom, nil, hs.TrainOptions{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	desc := "Gambas décortiquées surgelées, carton 10 kg"
	top := m.Recommend(desc, 3)
	fmt.Println("heading:", top[0].Heading)
	for _, declared := range []string{"0306.17.00", "8703.23"} {
		a, err := m.Assess(desc, declared)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s likely wrong: %v\n", declared, a.Mismatch >= 0.5)
	}
	// Output:
	// heading: 0306
	// 0306.17.00 likely wrong: false
	// 8703.23 likely wrong: true
}
