// Copyright The dslint Authors.
// SPDX-License-Identifier: Apache-2.0

// Command yaml-oracle decodes YAML streams the way kubectl does, to give
// dslint's YAML reader its expected results (test/vectors/yaml, written by
// scripts/yaml-vectors.ts).
//
// kubectl's resource builder (k8s.io/cli-runtime/pkg/resource, FileVisitor
// and StreamVisitor) reads a file through a UTF-8 BOM-stripping transformer
// and apimachinery's YAMLOrJSONDecoder: a YAML stream is cut into chunks by
// k8s.io/apimachinery/pkg/util/yaml's YAMLReader, and each chunk is converted
// by sigs.k8s.io/yaml (go-yaml v2 Unmarshal into interface{}, then
// convertToJSONableObject, then json.Marshal). A chunk whose JSON is null is
// skipped. The cutting is reimplemented here (it is a few lines); the
// conversion is the real sigs.k8s.io/yaml.YAMLToJSON.
//
// Input: JSON Lines on stdin, each {"id": "...", "input": "..."}.
// Output: one JSON line per input, in order:
//
//	{"id": ..., "documents": [{"json": <value>} | {"skip": true} | {"error": "<text>"}], "streamError": "<text>"?}
//
// plus "jsonStream": true when kubectl would read the input as JSON (its
// first non-space character is '{'); such inputs are not decoded.
//
// Go map iteration order is random, and convertToJSONableObject iterates Go
// maps: when two keys of one mapping become the same JSON key (1 and "1"),
// which value kubectl keeps varies from run to run, and when a document has
// several keys JSON cannot hold (~, a timestamp), which one its error names
// varies too. So that the output is deterministic, such a document is
// reported in a canonical form: "ambiguous" lists each collision's path and
// the JSON values it can take ("json" holds the smallest of them, by JSON
// text), and an error names the smallest candidate message. The real
// YAMLToJSON result is checked against the candidates; a mismatch is a bug
// here and stops the program.
//
// Build (GOPATH mode, no network; Debian's golang-k8s-sigs-yaml-dev):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode:$TMP/gopath go build -o yaml-oracle ./test/yaml-oracle
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	goyaml "gopkg.in/yaml.v2"
	"sigs.k8s.io/yaml"
)

type request struct {
	ID    string `json:"id"`
	Input string `json:"input"`
}

type ambiguity struct {
	Path       []interface{}     `json:"path"`
	Candidates []json.RawMessage `json:"candidates"`
}

type document struct {
	JSON      json.RawMessage `json:"json,omitempty"`
	Skip      bool            `json:"skip,omitempty"`
	Error     *string         `json:"error,omitempty"`
	Ambiguous []ambiguity     `json:"ambiguous,omitempty"`
	// Unstable: colliding keys whose values collide again; no canonical
	// form is given, and the generator drops the input.
	Unstable bool `json:"unstable,omitempty"`
}

type response struct {
	ID          string     `json:"id"`
	JSONStream  bool       `json:"jsonStream,omitempty"`
	Documents   []document `json:"documents"`
	StreamError *string    `json:"streamError,omitempty"`
}

// cut splits a stream into the chunks apimachinery's YAMLReader returns, as
// k8s.io/apimachinery/pkg/util/yaml YAMLReader.Read does with its LineReader:
// lines are read with bufio.Reader.ReadLine (which drops "\n" and "\r\n") and
// written back with "\n"; a line beginning with "---" is a separator, and
// what follows "---" on it, strings.TrimSpace'd, must be empty or begin with
// "#", else Read fails with "invalid Yaml document separator: <trimmed>" and
// the stream ends there. At a separator a non-empty buffer is returned as a
// chunk and the separator line is dropped; with an empty buffer the separator
// line is kept in the buffer (it begins the next chunk). At end of input a
// non-empty buffer is the last chunk.
func cut(text string) (chunks []string, streamErr *string) {
	var lines []string
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			lines = append(lines, text)
			break
		}
		line := text[:i]
		if strings.HasSuffix(line, "\r") {
			line = line[:len(line)-1]
		}
		lines = append(lines, line)
		text = text[i+1:]
	}
	var buffer strings.Builder
	for _, line := range lines {
		line += "\n"
		if strings.HasPrefix(line, "---") {
			trimmed := strings.TrimSpace(line[3:])
			if len(trimmed) > 0 && trimmed[0] != '#' {
				msg := "invalid Yaml document separator: " + trimmed
				return chunks, &msg
			}
			if buffer.Len() != 0 {
				chunks = append(chunks, buffer.String())
				buffer.Reset()
				continue
			}
		}
		buffer.WriteString(line)
	}
	if buffer.Len() != 0 {
		chunks = append(chunks, buffer.String())
	}
	return chunks, nil
}

// yamlToJSON is sigs.k8s.io/yaml.YAMLToJSON, with a panic turned into an error.
func yamlToJSON(chunk []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return yaml.YAMLToJSON(chunk)
}

// The hazards of one decoded chunk: keys JSON cannot hold, and mappings
// whose keys collide once converted to strings.
type hazards struct {
	badKeyMessages []string
	collisions     int
}

// keyString is convertToJSONableObject's key conversion (sigs.k8s.io/yaml).
func keyString(k interface{}) (string, bool) {
	switch typed := k.(type) {
	case string:
		return typed, true
	case int:
		return strconv.Itoa(typed), true
	case int64:
		return strconv.FormatInt(typed, 10), true
	case float64:
		s := strconv.FormatFloat(typed, 'g', -1, 32)
		switch s {
		case "+Inf":
			s = ".inf"
		case "-Inf":
			s = "-.inf"
		case "NaN":
			s = ".nan"
		}
		return s, true
	case bool:
		if typed {
			return "true", true
		}
		return "false", true
	}
	return "", false
}

func (h *hazards) scan(v interface{}) {
	switch typed := v.(type) {
	case map[interface{}]interface{}:
		seen := map[string]int{}
		for k, e := range typed {
			if s, ok := keyString(k); ok {
				seen[s]++
				if seen[s] == 2 {
					h.collisions++
				}
			} else {
				h.badKeyMessages = append(h.badKeyMessages, fmt.Sprintf("Unsupported map key of type: %s, key: %+#v, value: %+#v", reflect.TypeOf(k), k, e))
			}
			h.scan(e)
		}
	case []interface{}:
		for _, e := range typed {
			h.scan(e)
		}
	}
}

// canonical converts a decoded value as convertToJSONableObject does, but
// at a key collision keeps the value whose JSON text is smallest, and
// records the collision. It is used only for documents with collisions and
// no unsupported key.
func canonical(v interface{}, path []interface{}, amb *[]ambiguity) (interface{}, error) {
	switch typed := v.(type) {
	case map[interface{}]interface{}:
		groups := map[string][]interface{}{}
		for k, e := range typed {
			s, _ := keyString(k)
			groups[s] = append(groups[s], e)
		}
		keys := make([]string, 0, len(groups))
		for k := range groups {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := map[string]interface{}{}
		for _, k := range keys {
			sub := append(append([]interface{}{}, path...), k)
			if len(groups[k]) == 1 {
				c, err := canonical(groups[k][0], sub, amb)
				if err != nil {
					return nil, err
				}
				out[k] = c
				continue
			}
			var texts []string
			values := map[string]interface{}{}
			for _, e := range groups[k] {
				var none []ambiguity
				c, err := canonical(e, sub, &none)
				if err != nil {
					return nil, err
				}
				if len(none) > 0 {
					return nil, fmt.Errorf("nested collisions")
				}
				t, err := json.Marshal(c)
				if err != nil {
					return nil, err
				}
				if _, dup := values[string(t)]; !dup {
					texts = append(texts, string(t))
				}
				values[string(t)] = c
			}
			sort.Strings(texts)
			out[k] = values[texts[0]]
			if len(texts) > 1 {
				a := ambiguity{Path: sub}
				for _, t := range texts {
					a.Candidates = append(a.Candidates, json.RawMessage(t))
				}
				*amb = append(*amb, a)
			}
		}
		return out, nil
	case []interface{}:
		out := make([]interface{}, len(typed))
		for i, e := range typed {
			c, err := canonical(e, append(append([]interface{}{}, path...), i), amb)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	return v, nil
}

// get reads a path in a value decoded by encoding/json.
func get(v interface{}, path []interface{}) (interface{}, bool) {
	for _, p := range path {
		switch step := p.(type) {
		case string:
			m, ok := v.(map[string]interface{})
			if !ok {
				return nil, false
			}
			if v, ok = m[step]; !ok {
				return nil, false
			}
		case int:
			a, ok := v.([]interface{})
			if !ok || step >= len(a) {
				return nil, false
			}
			v = a[step]
		}
	}
	return v, true
}

func set(v interface{}, path []interface{}, to interface{}) interface{} {
	if len(path) == 0 {
		return to
	}
	switch step := path[0].(type) {
	case string:
		m := v.(map[string]interface{})
		m[step] = set(m[step], path[1:], to)
	case int:
		a := v.([]interface{})
		a[step] = set(a[step], path[1:], to)
	}
	return v
}

func decodeJSON(text []byte) interface{} {
	var v interface{}
	d := json.NewDecoder(bytes.NewReader(text))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		panic(err)
	}
	return v
}

func fail(id, format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "yaml-oracle: %s: %s\n", id, fmt.Sprintf(format, args...))
	os.Exit(2)
}

func decodeChunk(id, chunk string) document {
	out, err := yamlToJSON([]byte(chunk))

	// The hazards, from go-yaml's own decoding (as sigs.k8s.io/yaml does it).
	var h hazards
	var decoded interface{}
	if goyaml.Unmarshal([]byte(chunk), &decoded) == nil {
		h.scan(decoded)
	}

	if err != nil {
		msg := err.Error()
		if len(h.badKeyMessages) > 1 {
			sort.Strings(h.badKeyMessages)
			found := false
			for _, m := range h.badKeyMessages {
				found = found || m == msg
			}
			if !found {
				fail(id, "YAMLToJSON's error %q is none of the expected %q", msg, h.badKeyMessages)
			}
			msg = h.badKeyMessages[0]
		}
		return document{Error: &msg}
	}
	if len(h.badKeyMessages) > 0 {
		fail(id, "YAMLToJSON accepted a document with unsupported keys %q", h.badKeyMessages)
	}
	if bytes.Equal(out, []byte("null")) {
		return document{Skip: true}
	}
	if h.collisions == 0 {
		return document{JSON: out}
	}

	var amb []ambiguity
	c, cerr := canonical(decoded, nil, &amb)
	if cerr != nil {
		return document{Unstable: true}
	}
	text, merr := json.Marshal(c)
	if merr != nil {
		fail(id, "canonical form does not marshal: %v", merr)
	}
	// The real result must be the canonical one but at the collisions.
	real := decodeJSON(out)
	mine := decodeJSON(text)
	for _, a := range amb {
		got, ok := get(real, a.Path)
		if !ok {
			fail(id, "YAMLToJSON's result has no value at %v", a.Path)
		}
		gotText, _ := json.Marshal(got)
		match := false
		for _, cand := range a.Candidates {
			match = match || reflect.DeepEqual(decodeJSON(cand), decodeJSON(gotText))
		}
		if !match {
			fail(id, "YAMLToJSON's value %s at %v is none of the candidates", gotText, a.Path)
		}
		real = set(real, a.Path, nil)
		mine = set(mine, a.Path, nil)
	}
	if !reflect.DeepEqual(real, mine) {
		fail(id, "YAMLToJSON's result %s differs from the canonical %s beyond the collisions", out, text)
	}
	if len(amb) == 0 {
		// Colliding keys with equal values: no ambiguity after all.
		return document{JSON: out}
	}
	return document{JSON: text, Ambiguous: amb}
}

// marshal is json.Marshal without HTML escaping.
func marshal(v interface{}) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// encode writes a response line by hand: encoding/json would re-check each
// document's JSON, and refuses nesting deeper than 10000 levels, which
// YAMLToJSON can produce.
func encode(resp response) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	b.Write(marshal(resp.ID))
	if resp.JSONStream {
		b.WriteString(`,"jsonStream":true`)
	}
	b.WriteString(`,"documents":[`)
	for i, d := range resp.Documents {
		if i > 0 {
			b.WriteByte(',')
		}
		switch {
		case d.Unstable:
			b.WriteString(`{"unstable":true}`)
		case d.Error != nil:
			b.WriteString(`{"error":`)
			b.Write(marshal(*d.Error))
			b.WriteByte('}')
		case d.Skip:
			b.WriteString(`{"skip":true}`)
		default:
			b.WriteString(`{"json":`)
			b.Write(d.JSON)
			if len(d.Ambiguous) > 0 {
				b.WriteString(`,"ambiguous":`)
				b.Write(marshal(d.Ambiguous))
			}
			b.WriteByte('}')
		}
	}
	b.WriteByte(']')
	if resp.StreamError != nil {
		b.WriteString(`,"streamError":`)
		b.Write(marshal(*resp.StreamError))
	}
	b.WriteByte('}')
	return b.Bytes()
}

// isJSONStream is apimachinery's GuessJSONStream test (hasJSONPrefix):
// the first non-space character is '{'.
func isJSONStream(text string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(text, unicode.IsSpace), "{")
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	for {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var req request
			if jerr := json.Unmarshal(line, &req); jerr != nil {
				fail("?", "bad request line: %v", jerr)
			}
			// cli-runtime's FileVisitor reads through
			// unicode.BOMOverride(unicode.UTF8.NewDecoder()): a leading
			// UTF-8 byte order mark is dropped before the YAML reader.
			text := strings.TrimPrefix(req.Input, "\uFEFF")
			resp := response{ID: req.ID, Documents: []document{}}
			if isJSONStream(text) {
				resp.JSONStream = true
			} else {
				chunks, streamErr := cut(text)
				for _, chunk := range chunks {
					resp.Documents = append(resp.Documents, decodeChunk(req.ID, chunk))
				}
				resp.StreamError = streamErr
			}
			out.Write(encode(resp))
			out.WriteByte('\n')
		}
		if err != nil {
			break
		}
	}
}
