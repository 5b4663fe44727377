#!/usr/bin/env bash
# Fails when a message box or file dialog is opened outside ui/common (MessageBox, FileDialogs): tests answer
# those seams instead of clicking modal dialogs from timers.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
if uses=$(grep -rnE --include='*.cpp' --include='*.h' 'QMessageBox::(warning|information|critical|question|about)\(|QMessageBox [a-z]+\(|QFileDialog\b' app ui |
          grep -v '^ui/common/'); then
    echo "dialogs outside ui/common/MessageBox and ui/common/FileDialogs:" >&2
    echo "$uses" >&2
    exit 1
fi
echo "dialogs: all through ui/common"
