// SPDX-License-Identifier: MIT
#pragma once

// Marks a user-visible text for translation. The core uses the English text as it is; the
// window translates it in the "core" context, and lupdate reads this macro as
// QT_TRANSLATE_NOOP, so the texts land in the translation files.
#define ACTIVA_TR(context, text) text
