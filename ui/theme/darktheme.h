// The dark look: Fusion style, a dark palette and a small stylesheet for cards and toolbars.
#pragma once

class QApplication;

namespace bedrot {

void applyDarkTheme(QApplication& app);

namespace theme {
// Colours shared by widgets and charts (ARGB hex).
inline constexpr const char* kWindow = "#14161b";
inline constexpr const char* kSurface = "#1d2027";
inline constexpr const char* kSurfaceRaised = "#252932";
inline constexpr const char* kBorder = "#323743";
inline constexpr const char* kText = "#e6e8ee";
inline constexpr const char* kTextMuted = "#9aa1b1";
inline constexpr const char* kAccent = "#4f9dff";
inline constexpr const char* kAccentMuted = "#35598a"; // focus rings that should not shout
inline constexpr const char* kPositive = "#3ecf8e";
inline constexpr const char* kNegative = "#ff6b6b";
inline constexpr const char* kWarning = "#f5a524";
inline constexpr const char* kSeries[] = {"#4f9dff", "#f5a524", "#3ecf8e", "#c084fc",
                                          "#ff6b6b", "#22d3ee", "#facc15", "#fb7185"};
} // namespace theme

} // namespace bedrot
