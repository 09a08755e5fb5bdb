#include "pipeline/ocr/column_order.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban {
namespace {

// The white strip is looked for between these fractions of the text's width.
constexpr double kStripFrom = 0.25;
constexpr double kStripTo = 0.75;
// A word this many times the median word height is a stamp, a seal or a signature.
constexpr double kTallWord = 3.0;
// A word under this many median word heights in the signature column is a fleck of a seal.
constexpr double kSmallWord = 0.6;
// Lines further apart than this many median word heights have a blank line between them.
constexpr double kParagraphGap = 1.8;
// A band holds at least this many lines on each side of the strip.
constexpr int kMinColumnLines = 2;
// Words whose vertical centres are this many median word heights apart or less share a line.
constexpr double kLineReach = 0.4;

struct Line {
  std::vector<size_t> words;  // indices into OcrPage::words
  double center = 0;          // mean vertical centre of its words
  double height = 0;          // mean height of its words
};

double CenterY(const Box& b) { return (b.y0 + b.y1) / 2.0; }
double CenterX(const Box& b) { return (b.x0 + b.x1) / 2.0; }
int Height(const Box& b) { return b.y1 - b.y0; }

double MedianHeight(const std::vector<OcrPageWord>& words) {
  std::vector<int> heights;
  for (const OcrPageWord& w : words) {
    if (w.confidence >= kColumnNoiseConfidence) heights.push_back(Height(w.box));
  }
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

// Words grouped into lines by vertical centre, lines top to bottom. A word joins the line
// whose centre is within kLineReach median heights of its own.
std::vector<Line> GroupLines(const std::vector<OcrPageWord>& words, double median_height) {
  std::vector<size_t> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return CenterY(words[a].box) < CenterY(words[b].box);
  });
  std::vector<Line> lines;
  for (size_t i : order) {
    const Box& box = words[i].box;
    if (!lines.empty()) {
      Line& line = lines.back();
      const double reach = kLineReach * median_height;
      if (std::abs(CenterY(box) - line.center) <= reach) {
        const double n = static_cast<double>(line.words.size());
        line.center = (line.center * n + CenterY(box)) / (n + 1);
        line.height = (line.height * n + Height(box)) / (n + 1);
        line.words.push_back(i);
        continue;
      }
    }
    lines.push_back(Line{{i}, CenterY(box), static_cast<double>(Height(box))});
  }
  return lines;
}

struct Interval {
  double from = 0;
  double to = 0;
};

// `free` less [from, to], keeping only pieces at least `min_width` wide.
std::vector<Interval> Subtract(const std::vector<Interval>& free, double from, double to,
                               double min_width) {
  std::vector<Interval> out;
  for (const Interval& f : free) {
    if (to <= f.from || from >= f.to) {
      out.push_back(f);
      continue;
    }
    if (from - f.from >= min_width) out.push_back({f.from, from});
    if (f.to - to >= min_width) out.push_back({to, f.to});
  }
  return out;
}

// The middle of the widest interval of `free` (not empty).
double Widest(const std::vector<Interval>& free) {
  const Interval widest = *std::max_element(
      free.begin(), free.end(),
      [](const Interval& a, const Interval& b) { return a.to - a.from < b.to - b.from; });
  return (widest.from + widest.to) / 2;
}

// The words of a line on one side of the strip, or the lines of a column.
struct Side {
  int count = 0;
  int x0 = 0;
  int x1 = 0;
  double center_sum = 0;
  int centers = 0;

  void Add(const Box& b) {
    x0 = count == 0 ? b.x0 : std::min(x0, b.x0);
    x1 = count == 0 ? b.x1 : std::max(x1, b.x1);
    ++count;
  }
  double Center() const { return (x0 + x1) / 2.0; }
  void AddCenter(double center) {
    center_sum += center;
    ++centers;
    ++count;
  }
  double MeanCenter() const { return center_sum / centers; }
};

struct Band {
  std::vector<size_t> lines;  // indices into the lines, top to bottom
  double split = 0;           // x of the white strip between the columns
};

bool Blocks(const OcrPageWord& w, double median_height) {
  return w.confidence >= kColumnNoiseConfidence && Height(w.box) <= kTallWord * median_height;
}

// The band of lines from one edge of the page inwards (`order`: line indices from that
// edge) through which a white strip runs; empty when there is none with enough lines that
// have words on both sides of it.
Band FindBand(const std::vector<OcrPageWord>& words, const std::vector<Line>& lines,
              const std::vector<size_t>& order, double left, double right, double median_height) {
  std::vector<Interval> free = {
      {left + kStripFrom * (right - left), left + kStripTo * (right - left)}};
  const double middle = (left + right) / 2;
  Band band;
  Side sides[2];  // the left and the right column so far
  for (size_t l : order) {
    std::vector<Interval> next = free;
    for (size_t i : lines[l].words) {
      if (!Blocks(words[i], median_height)) continue;
      next = Subtract(next, words[i].box.x0, words[i].box.x1, median_height);
    }
    if (next.empty()) break;
    const double split = Widest(next);
    Side parts[2];
    for (size_t i : lines[l].words) {
      if (!Blocks(words[i], median_height)) continue;
      parts[CenterX(words[i].box) < split ? 0 : 1].Add(words[i].box);
    }
    // A line on one side only that is centred on the page rather than on its column (the
    // type line, "Kính gửi:") is past the band.
    if (sides[0].count > 0 && sides[1].count > 0 &&
        (parts[0].count == 0) != (parts[1].count == 0)) {
      const int side = parts[0].count > 0 ? 0 : 1;
      const double center = parts[side].Center();
      if (std::abs(center - middle) < std::abs(center - sides[side].MeanCenter())) break;
    }
    for (int side : {0, 1}) {
      if (parts[side].count > 0) sides[side].AddCenter(parts[side].Center());
    }
    free = std::move(next);
    band.lines.push_back(l);
  }
  if (band.lines.empty()) return {};
  band.split = Widest(free);
  int with_side[2] = {0, 0};
  for (size_t l : band.lines) {
    bool has[2] = {false, false};
    for (size_t i : lines[l].words) {
      if (Blocks(words[i], median_height)) has[CenterX(words[i].box) < band.split ? 0 : 1] = true;
    }
    for (int side : {0, 1}) with_side[side] += has[side] ? 1 : 0;
  }
  if (with_side[0] < kMinColumnLines || with_side[1] < kMinColumnLines) return {};
  std::sort(band.lines.begin(), band.lines.end());
  return band;
}

bool HasLeftWords(const std::vector<OcrPageWord>& words, const Line& line, double split,
                  double median_height) {
  for (size_t i : line.words) {
    if (Blocks(words[i], median_height) && CenterX(words[i].box) < split) return true;
  }
  return false;
}

bool HasRightWords(const std::vector<OcrPageWord>& words, const Line& line, double split) {
  for (size_t i : line.words) {
    if (CenterX(words[i].box) >= split) return true;
  }
  return false;
}

// A word of the closing band that a seal or a signature put there: read with little
// confidence, far taller than the print (the seal's rim, the signature's strokes), or, in the
// signature column, far smaller (a fleck of the seal: "„", "À" beside "Trần Hoàng Tuấn").
// The recipients' item dashes are small too, so the last rule keeps to the right column.
bool IsNoise(const OcrPageWord& w, int side, double median_height) {
  const int height = Height(w.box);
  return w.confidence < kColumnNoiseConfidence || height > kTallWord * median_height ||
         (side == 1 && height < kSmallWord * median_height);
}

// Builds the new text and word list.
class Assembler {
 public:
  explicit Assembler(const OcrPage& page) : page_(page) {}

  void Separate(std::string_view separator) {
    if (!out_.text.empty()) pending_ = std::max(pending_, separator);
  }

  void Word(size_t i) {
    if (!out_.text.empty()) out_.text += pending_.empty() ? " " : pending_;
    pending_ = {};
    OcrPageWord w = page_.words[i];
    const std::string_view text =
        std::string_view(page_.text).substr(w.span.begin, w.span.end - w.span.begin);
    w.span.begin = out_.text.size();
    out_.text += text;
    w.span.end = out_.text.size();
    out_.words.push_back(w);
  }

  // A band column by column: the lines of its left column top to bottom (the issuer and
  // "Số: ...", or "Nơi nhận:" and its items), then those of its right column (the quốc hiệu,
  // tiêu ngữ and place-date line, or the signature block), each line's words left to right,
  // as flattened sources and transcriptions give them. With `tall_last`, words taller than
  // kTallWord median heights (a seal, a signature's strokes) come after the band instead of
  // inside a line; a printed word that a seal overlaps keeps its place.
  void AddColumns(const Band& band, const std::vector<Line>& lines, double median_height,
                  bool noise_last) {
    std::vector<size_t> noise;
    const double gap = kParagraphGap * median_height;
    for (int side : {0, 1}) {
      Separate("\n\n");
      const Line* previous = nullptr;
      for (size_t l : band.lines) {
        std::vector<size_t> row;
        for (size_t i : lines[l].words) {
          const Box& box = page_.words[i].box;
          if ((CenterX(box) < band.split ? 0 : 1) != side) continue;
          if (noise_last && IsNoise(page_.words[i], side, median_height)) {
            noise.push_back(i);
          } else {
            row.push_back(i);
          }
        }
        if (row.empty()) continue;
        std::sort(row.begin(), row.end(), [&](size_t a, size_t b) {
          return page_.words[a].box.x0 < page_.words[b].box.x0;
        });
        if (previous != nullptr) Separate(lines[l].center - previous->center > gap ? "\n\n" : "\n");
        previous = &lines[l];
        for (size_t i : row) Word(i);
      }
    }
    std::sort(noise.begin(), noise.end());
    Separate("\n\n");
    for (size_t i : noise) Word(i);
    Separate("\n\n");
  }

  // The words of `group`, in Tesseract's order, each pair separated by the strongest
  // separator between them in the original text.
  void AddRest(const std::vector<int>& groups, int group) {
    size_t previous = page_.words.size();
    for (size_t i = 0; i < page_.words.size(); ++i) {
      if (groups[i] != group) continue;
      if (previous < page_.words.size()) {
        const std::string_view between =
            std::string_view(page_.text)
                .substr(page_.words[previous].span.end,
                        page_.words[i].span.begin - page_.words[previous].span.end);
        if (between.find("\n\n") != std::string_view::npos) {
          Separate("\n\n");
        } else if (between.find('\n') != std::string_view::npos) {
          Separate("\n");
        }
      }
      Word(i);
      previous = i;
    }
  }

  OcrPage Finish() && {
    out_.mean_confidence = page_.mean_confidence;
    out_.rotation = page_.rotation;
    out_.skew = page_.skew;
    return std::move(out_);
  }

 private:
  const OcrPage& page_;
  OcrPage out_;
  std::string_view pending_;  // "", "\n" or "\n\n": compared by length
};

}  // namespace

OcrPage OrderColumnBands(OcrPage page, bool first_page) {
  const double median_height = MedianHeight(page.words);
  if (page.words.size() < 4 || median_height <= 0) return page;
  double left = page.words[0].box.x0;
  double right = page.words[0].box.x1;
  for (const OcrPageWord& w : page.words) {
    if (!Blocks(w, median_height)) continue;
    left = std::min<double>(left, w.box.x0);
    right = std::max<double>(right, w.box.x1);
  }
  const std::vector<Line> lines = GroupLines(page.words, median_height);
  std::vector<size_t> down(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) down[l] = l;
  const std::vector<size_t> up(down.rbegin(), down.rend());

  Band header;
  if (first_page) header = FindBand(page.words, lines, down, left, right, median_height);
  Band closing = FindBand(page.words, lines, up, left, right, median_height);
  // The header band starts at its first line with words in the left column (the issuer):
  // lines above it are stamps (a gazette's, a digital signature's) above the right column.
  while (!header.lines.empty() &&
         !HasLeftWords(page.words, lines[header.lines.front()], header.split, median_height)) {
    header.lines.erase(header.lines.begin());
  }
  // The closing band starts where the right column does: left-only lines above it are the
  // end of the body.
  while (!closing.lines.empty() &&
         !HasRightWords(page.words, lines[closing.lines.front()], closing.split)) {
    closing.lines.erase(closing.lines.begin());
  }
  if (!header.lines.empty() && !closing.lines.empty() &&
      closing.lines.front() <= header.lines.back()) {
    closing = {};
  }
  if (header.lines.empty() && closing.lines.empty()) return page;

  // Words above the header band (stamps above the header), the header band, the rest and
  // the closing band.
  enum Group { kAbove, kHeader, kRest, kClosing };
  std::vector<int> groups(page.words.size(), kRest);
  if (!header.lines.empty()) {
    for (size_t l = 0; l < header.lines.front(); ++l) {
      for (size_t i : lines[l].words) groups[i] = kAbove;
    }
  }
  for (size_t l : header.lines) {
    for (size_t i : lines[l].words) groups[i] = kHeader;
  }
  for (size_t l : closing.lines) {
    for (size_t i : lines[l].words) groups[i] = kClosing;
  }
  Assembler out(page);
  out.AddRest(groups, kAbove);
  if (!header.lines.empty()) out.AddColumns(header, lines, median_height, false);
  out.AddRest(groups, kRest);
  if (!closing.lines.empty()) out.AddColumns(closing, lines, median_height, true);
  return std::move(out).Finish();
}

}  // namespace vanban
