package quantity

import (
	"os"
	"testing"
)

func BenchmarkFind(b *testing.B) { benchSeed(b, Find) }

func BenchmarkFindAll(b *testing.B) { benchSeed(b, FindAll) }

// benchSeed runs find over the seed article, a real 10 KB Chinese page.
func benchSeed(b *testing.B, find func(string) []Quantity) {
	text, err := os.ReadFile("../../../shared/examples/000_ad21ea9e24e98342.txt")
	if err != nil {
		b.Skip("seed article not available")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		find(s)
	}
}
