// Owning handles for libzip's objects, shared by the ZIP reader and writer.
#pragma once

#include <zip.h>

#include <memory>

namespace bedrot {

// Discards: an archive is only ever closed explicitly (zip_close), where the writer checks it.
struct ZipArchiveDiscarder
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipSourceFreer
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct ZipErrorFinisher
{
    void operator()(zip_error_t* error) const { zip_error_fini(error); }
};

using ZipArchive = std::unique_ptr<zip_t, ZipArchiveDiscarder>;
using ZipSource = std::unique_ptr<zip_source_t, ZipSourceFreer>;
using ZipFile = std::unique_ptr<zip_file_t, ZipFileCloser>;
// Finishes a zip_error_t the caller initialised (zip_error_init).
using ZipErrorGuard = std::unique_ptr<zip_error_t, ZipErrorFinisher>;

} // namespace bedrot
