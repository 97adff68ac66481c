package quantity

import (
	"os"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("../../../shared/examples/000_ad21ea9e24e98342.txt")
	if err != nil {
		b.Skip("seed article not available")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}

func BenchmarkFindAll(b *testing.B) {
	text, err := os.ReadFile("../../../shared/examples/000_ad21ea9e24e98342.txt")
	if err != nil {
		b.Skip("seed article not available")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		FindAll(s)
	}
}
