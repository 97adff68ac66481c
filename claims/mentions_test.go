package claims

import (
	"reflect"
	"testing"
)

func TestMentionsNamesEveryEntityOnceInOrder(t *testing.T) {
	x := New(nil)
	got := x.Mentions("微軟對OpenAI的投資讓ChatGPT維持下去;英伟达和Microsoft也是。")
	want := []Mention{
		{Entity: "Microsoft", Names: []string{"微軟", "Microsoft"}},
		{Entity: "OpenAI", Names: []string{"OpenAI", "ChatGPT"}},
		{Entity: "Nvidia", Names: []string{"英伟达"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if m := x.Mentions("The weather was fine."); len(m) != 0 {
		t.Errorf("no entity named, got %+v", m)
	}
}
