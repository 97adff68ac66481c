package claims

// Mention is an entity a text names, with every way it is written there
// (name, alias, product or leader), as written.
type Mention struct {
	Entity string
	Names  []string
}

// Mentions lists the entities text names, in order of first mention. The
// sentiment toward each entity is scored over the sentences that carry
// these names.
func (x *Extractor) Mentions(text string) []Mention {
	norm := fold(text)
	var out []Mention
	at := map[string]int{}
	for _, m := range x.mentions(norm) {
		written := text[m.start:m.end]
		i, ok := at[m.entity]
		if !ok {
			i = len(out)
			at[m.entity] = i
			out = append(out, Mention{Entity: m.entity})
		}
		known := false
		for _, n := range out[i].Names {
			if n == written {
				known = true
				break
			}
		}
		if !known {
			out[i].Names = append(out[i].Names, written)
		}
	}
	return out
}
