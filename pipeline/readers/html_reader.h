// The HTML reader: recognising a page by its markup, finding the charset it declares, and
// turning it into a Document whose raw text is the page's visible text
// (pipeline/readers/html_text.h). Media type "text/html", page method "html".
#pragma once

#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace vanban {

// Whether `bytes` starts like an HTML page: "<!doctype html", "<html", "<head", "<body",
// "<meta", "<p>", "<div", ... among the first 1024 bytes, after white space, a byte order
// mark and comments. Example: LooksLikeHtml("<!DOCTYPE html>\n<html>") == true.
bool LooksLikeHtml(std::string_view bytes);

// Whether some common HTML tag ("<p>", "<br>", "</div>", ...) appears anywhere: a weak sign
// that decides for HTML only when the file name says .html.
bool HasMarkup(std::string_view bytes);

// The charset named by <meta charset="..."> or <meta http-equiv="Content-Type"
// content="text/html; charset=..."> among the first 4096 bytes, lower case, or "".
// Example: DeclaredCharset("<meta charset=\"windows-1258\">") == "windows-1258".
std::string DeclaredCharset(std::string_view bytes);

// Reads an HTML page (see text_decoding.h for the charset rules and the refusals).
// Fails with data_error "no visible text in the HTML page" when nothing is left.
StatusOr<Document> ReadHtml(std::string_view bytes);

}  // namespace vanban
