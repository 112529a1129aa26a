import Foundation

/// The small script the preview server adds to every HTML page it serves (never to built files):
/// it asks the server for the build number every 250 ms and reloads the page when it changes.
public enum ReloadScript {
    /// The path the script polls.
    public static let versionPath = "/__appraise/version"

    static let markup = """
        <script>
        (function () {
          var seen = null;
          function poll() {
            fetch('\(versionPath)', { cache: 'no-store' }).then(function (response) { return response.text(); })
              .then(function (version) { if (seen !== null && version !== seen) { location.reload(); } seen = version; })
              .catch(function () {})
              .then(function () { setTimeout(poll, 250); });
          }
          poll();
        })();
        </script>

        """

    /// `html` with the script inserted before its last `</body>` (or appended when there is none).
    public static func inject(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let range = text.range(of: "</body>", options: .backwards) else { return Data((text + markup).utf8) }
        return Data(text.replacingCharacters(in: range, with: markup + "</body>").utf8)
    }
}
