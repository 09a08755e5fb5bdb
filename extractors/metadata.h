// Document metadata: type, number, issuer (and parent body), place, issue date, subject,
// signer, addressees and recipients, read from the zones Segment() found.
#pragma once

#include "pipeline/document.h"

namespace vanban {

// Fields found in doc (doc.text and doc.zones). A field that is not found stays empty;
// a text with no administrative layout gets type "bai_bao" and whatever it has.
DocumentMeta ExtractMetadata(const Document& doc);

}  // namespace vanban
