package vector

import (
	"encoding/binary"
	"hash/crc32"
)

// putCRC writes the checksum of data[:len-4] into its last four bytes.
func putCRC(data []byte) {
	n := len(data) - 4
	binary.LittleEndian.PutUint32(data[n:], crc32.ChecksumIEEE(data[:n]))
}
