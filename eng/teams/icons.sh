#!/usr/bin/env bash
# Regenerates the Teams icons with ImageMagick (only needed when changing them; the PNGs are committed).
#   color.png   192x192: white speech bubble with quotation marks on the NewsBot blue.
#   outline.png  32x32 : the same bubble in white on a transparent background.
set -euo pipefail
# Debian's ImageMagick (apt-get install imagemagick); /usr/bin first in case PATH holds another "convert".
IM=/usr/bin/convert; [ -x "$IM" ] || IM=convert
cd "$(dirname "$0")"
"$IM" -size 192x192 xc:'#1F4E79' \
  -fill white -draw 'roundrectangle 36,44 156,124 18,18' -draw 'polygon 64,120 64,150 94,120' \
  -fill '#1F4E79' -draw 'circle 78,76 78,90' -draw 'polygon 66,80 90,80 70,106' \
  -draw 'circle 114,76 114,90' -draw 'polygon 102,80 126,80 106,106' \
  -strip PNG32:color.png
"$IM" -size 32x32 xc:none \
  -fill none -stroke white -strokewidth 2 -draw 'roundrectangle 4,6 28,22 4,4' \
  -fill white -stroke none -draw 'polygon 9,21 9,28 15,21' \
  -draw 'circle 13,13 13,15.5' -draw 'circle 19,13 19,15.5' \
  -strip PNG32:outline.png
