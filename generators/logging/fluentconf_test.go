package logging

import (
	"reflect"
	"testing"
)

func TestQuoteWritesEachValueInTheSafestFormFluentdReadsBack(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"a plain word stays bare", "forward", "forward"},
		{"a port stays bare", "24224", "24224"},
		{"a URL stays bare", "http://loki:3100", "http://loki:3100"},
		{"a strftime index stays bare", "rstmdb-%Y.%m.%d", "rstmdb-%Y.%m.%d"},
		{"an empty value is quoted", "", "''"},
		{"a space is single-quoted", "a b", "'a b'"},
		{"a single quote is escaped inside single quotes", "it's", `'it\'s'`},
		{"a backslash is doubled inside single quotes", `C:\logs`, `'C:\\logs'`},
		{"Ruby interpolation is inert inside single quotes", `#{system("id")}`, `'#{system("id")}'`},
		{"a closing tag is single-quoted", "</match>", "'</match>'"},
		{"JSON is single-quoted so Fluentd does not parse it as a literal", `{"a":"b"}`, `'{"a":"b"}'`},
		{"a newline forces double quotes with escapes", "a\nb", `"a\nb"`},
		{"inside double quotes # is escaped so #{ } cannot run", "\t#{x}", `"\t\#{x}"`},
		{"inside double quotes quote and backslash are escaped", "\r\"\\", `"\r\"\\"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Quote(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.want)
			}
			conf, err := Render("", []Directive{{Name: "source", Params: []Param{P("@type", "forward"), P("value", tc.in)}}})
			if err != nil {
				t.Fatal(err)
			}
			root, err := fluentParse(string(conf))
			if err != nil {
				t.Fatalf("%s\n%s", err, conf)
			}
			if v := root.Children[0].Params[1].Value; v != tc.in {
				t.Errorf("reads back as %q, want %q", v, tc.in)
			}
		})
	}
}

func TestQuoteRefusesWhatFluentdCannotRead(t *testing.T) {
	for name, in := range map[string]string{
		"an escape character": "\x1b[2J",
		"invalid UTF-8":       "\xff",
		"a DEL character":     "a\x7fb",
	} {
		t.Run(name, func(t *testing.T) {
			if got, err := Quote(in); err == nil {
				t.Errorf("Quote(%q) = %s", in, got)
			}
		})
	}
}

func TestRenderRefusesNamesAndArgumentsItCannotWriteSafely(t *testing.T) {
	cases := map[string]Directive{
		"an argument closing the tag":    {Name: "match", Arg: "a.**>"},
		"an argument with a newline":     {Name: "match", Arg: "a\n</match>"},
		"an argument with a quote":       {Name: "match", Arg: `"a"`},
		"a section name with a space":    {Name: "match all"},
		"a parameter name with a space":  {Name: "source", Params: []Param{P("port 1", "2")}},
		"a parameter name with newline":  {Name: "source", Params: []Param{P("a\nb", "2")}},
		"a nested section with bad name": {Name: "match", Arg: "a", Children: []Directive{{Name: "</match>"}}},
	}
	for name, d := range cases {
		t.Run(name, func(t *testing.T) {
			if out, err := Render("", []Directive{d}); err == nil {
				t.Errorf("rendered:\n%s", out)
			}
		})
	}
}

func TestTheTestParserReadsFluentdSyntaxAsFluentdDoes(t *testing.T) {
	cases := []struct {
		name, conf string
		want       []Directive
	}{
		{"a comment after a bare value ends it", "<source>\n  port 24224 # forward\n</source>\n",
			[]Directive{{Name: "source", Params: []Param{P("port", "24224")}}}},
		{"a # inside a bare value is kept", "<source>\n  path a#b\n</source>\n",
			[]Directive{{Name: "source", Params: []Param{P("path", "a#b")}}}},
		{"a match may name several patterns", "<match a.** b.**>\n  @type null\n</match>\n",
			[]Directive{{Name: "match", Arg: "a.** b.**", Params: []Param{P("@type", "null")}}}},
		{"single quotes know two escapes", "<source>\n  v 'it\\'s \\\\ \\n'\n</source>\n",
			[]Directive{{Name: "source", Params: []Param{P("v", `it's \ \n`)}}}},
		{"a bare JSON array is read as JSON", "<source>\n  v [1, \"a\"]\n</source>\n",
			[]Directive{{Name: "source", Params: []Param{P("v", `[1,"a"]`)}}}},
		{"a key alone on its line has an empty value", "<source>\n  flag\n</source>\n",
			[]Directive{{Name: "source", Params: []Param{P("flag", "")}}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, err := fluentParse(tc.conf)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(root.Children, tc.want) {
				t.Errorf("got %+v, want %+v", root.Children, tc.want)
			}
		})
	}
}

func TestTheTestParserRejectsWhatFluentdRejectsOrWouldRun(t *testing.T) {
	for name, conf := range map[string]string{
		"an unmatched end tag":              "<match a>\n</filter>\n",
		"a missing end tag":                 "<source>\n  @type forward\n",
		"a stray end tag":                   "</match>\n",
		"embedded Ruby in double quotes":    "<source>\n  v \"#{`id`}\"\n</source>\n",
		"an unknown letter escape":          "<source>\n  v \"\\q\"\n</source>\n",
		"an unterminated double quote":      "<source>\n  v \"abc\n</source>\n",
		"a newline inside single quotes":    "<source>\n  v 'a\nb'\n</source>\n",
		"a reserved @ parameter":            "<source>\n  @evil x\n</source>\n",
		"text after a closing quote":        "<source>\n  v 'a' b\n</source>\n",
		"an include":                        "@include /etc/passwd\n",
		"a tag argument running past its >": "<match a> b\n</match>\n",
	} {
		t.Run(name, func(t *testing.T) {
			if root, err := fluentParse(conf); err == nil {
				t.Errorf("parsed %q as %+v", conf, root)
			}
		})
	}
}
