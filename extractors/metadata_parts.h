// The field readers ExtractMetadata (metadata.h) combines, one per part of the layout. Each
// reads the text of its zones and returns fields with spans of doc.text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

// Issuer and parent body from the kIssuer zones: stacked lines grouped into bodies (a line
// starting with an agency head starts a new one: "BỘ TÀI CHÍNH / CỤC THUẾ"), the lower one
// the issuer, the one above it the parent; both in their written form.
void ReadIssuer(const Document& doc, DocumentMeta* meta);

// Name, title and authority from the kSignature zones.
Signer ReadSigner(const Document& doc);

// Items of a list zone kind (kAddressees, kRecipients): the label ("Kính gửi:", "Nơi
// nhận:") dropped, one field per "- ..." item, wrapped lines joined, final ";" "," "." dropped.
std::vector<Field> ReadListItems(const Document& doc, ZoneKind kind);

// The text of a zone with white space made single.
std::string ZoneText(const Document& doc, const Zone& zone);

}  // namespace vanban
