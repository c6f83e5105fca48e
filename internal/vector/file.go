package vector

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"unicode/utf8"
)

// The file format, all integers little-endian:
//
//	magic      8 bytes "CBVECT01"
//	dim        uint32
//	count      uint32
//	generation uint64
//	model      uint16 length, then the UTF-8 bytes
//	count times:
//	  id       uint16 length, then the UTF-8 bytes
//	  hash     16 bytes
//	  vector   dim float32 (IEEE 754), normalised
//	crc        uint32, CRC-32 (IEEE) of every byte before it
//
// 20,000 passages of 768 dimensions take about 62 MB.
const magic = "CBVECT01"

// maxString bounds a model name or passage ID.
const maxString = math.MaxUint16

// WriteFile writes s to path atomically: to a temporary file in the same
// directory, synced, then renamed over path. A reader sees the old file or
// the new one, never a mix, and a crash leaves at most a stray temporary
// file.
func (s *Store) WriteFile(path string) (err error) {
	if len(s.Model) > maxString {
		return fmt.Errorf("write vectors %s: the model name is longer than %d bytes", path, maxString)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write vectors: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := s.encode(f); err != nil {
		return fmt.Errorf("write vectors %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write vectors %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write vectors %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write vectors: %w", err)
	}
	// Make the rename itself durable; some systems cannot sync a directory.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

func (s *Store) encode(w io.Writer) error {
	crc := crc32.NewIEEE()
	bw := bufio.NewWriterSize(io.MultiWriter(w, crc), 1<<16)
	var buf [8]byte
	put32 := func(v uint32) { binary.LittleEndian.PutUint32(buf[:4], v); bw.Write(buf[:4]) }
	putString := func(v string) {
		binary.LittleEndian.PutUint16(buf[:2], uint16(len(v)))
		bw.Write(buf[:2])
		bw.WriteString(v)
	}
	bw.WriteString(magic)
	put32(uint32(s.dim))
	put32(uint32(len(s.ids)))
	binary.LittleEndian.PutUint64(buf[:], s.Generation)
	bw.Write(buf[:])
	putString(s.Model)
	for i, id := range s.ids {
		if len(id) > maxString {
			return fmt.Errorf("passage ID %.40q…: longer than %d bytes", id, maxString)
		}
		putString(id)
		bw.Write(s.hashes[i][:])
		for _, x := range s.Vector(i) {
			put32(math.Float32bits(x))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	binary.LittleEndian.PutUint32(buf[:4], crc.Sum32())
	_, err := w.Write(buf[:4])
	return err
}

// ErrCorrupt is wrapped by ReadFile's errors about a file that is not a
// whole, valid vector file: truncated, damaged, or of another format.
var ErrCorrupt = errors.New("corrupt vector file")

// ReadFile reads a Store written by WriteFile. A missing file's error
// wraps fs.ErrNotExist; a damaged one's wraps ErrCorrupt.
func ReadFile(path string) (*Store, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("read vectors %s: %w", path, err)
	}
	return s, nil
}

func decode(data []byte) (*Store, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a chapterbot vector file", ErrCorrupt)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch (truncated or damaged)", ErrCorrupt)
	}
	r := reader{b: body[len(magic):]}
	dim, count, gen := int(r.u32()), int(r.u32()), r.u64()
	model := r.str()
	if r.err != nil {
		return nil, r.err
	}
	if dim > MaxDim || (dim == 0 && count > 0) {
		return nil, fmt.Errorf("%w: dimension %d", ErrCorrupt, dim)
	}
	// Each entry takes at least 2+16+4*dim bytes: bound count before
	// allocating for it.
	if per := 2 + len(Hash{}) + 4*dim; count > len(r.b)/per {
		return nil, fmt.Errorf("%w: %d vectors of %d dimensions cannot fit in %d bytes", ErrCorrupt, count, dim, len(r.b))
	}
	s, _ := New(model, dim)
	s.Generation = gen
	s.ids = make([]string, 0, count)
	s.hashes = make([]Hash, 0, count)
	s.vecs = make([]float32, 0, count*dim)
	for range count {
		id := r.str()
		var h Hash
		copy(h[:], r.take(len(h)))
		raw := r.take(4 * dim)
		if r.err != nil {
			return nil, r.err
		}
		if _, dup := s.index[id]; dup {
			return nil, fmt.Errorf("%w: passage %s appears twice", ErrCorrupt, id)
		}
		s.index[id] = len(s.ids)
		s.ids = append(s.ids, id)
		s.hashes = append(s.hashes, h)
		for j := 0; j < len(raw); j += 4 {
			s.vecs = append(s.vecs, math.Float32frombits(binary.LittleEndian.Uint32(raw[j:])))
		}
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last vector", ErrCorrupt, len(r.b))
	}
	return s, nil
}

// reader takes fields off the front of b; after the first short read every
// call returns zero values and err says what was cut.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: the file ends early", ErrCorrupt)
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.take(4)) }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.take(8)) }

func (r *reader) str() string {
	n := int(binary.LittleEndian.Uint16(r.take(2)))
	s := string(r.take(n))
	if r.err == nil && !utf8.ValidString(s) {
		r.err = fmt.Errorf("%w: a name that is not UTF-8", ErrCorrupt)
	}
	return s
}
