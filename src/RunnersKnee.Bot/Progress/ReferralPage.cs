using System.Net;
using System.Text;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// The printable referral summary: plain HTML, its styles and print button from this site's own files (the site's
/// Content-Security-Policy allows no inline script), every value HTML-encoded.
/// </summary>
public static class ReferralPage
{
    public static string Render(string language, string title, string notDiagnosis, IReadOnlyList<ReferralField> fields, string generated, string nothingSent, string print)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/css/pages.css\">\n<link rel=\"stylesheet\" href=\"/css/referral.css\">\n")
            .Append("<script src=\"/js/print-page.js\" defer></script>\n</head>\n<body>\n<main class=\"page referral\">\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p class=\"not-diagnosis\"><strong>").Append(Encode(notDiagnosis)).Append("</strong></p>\n")
            .Append("<p class=\"generated\">").Append(Encode(generated)).Append("</p>\n<dl>\n");
        foreach (var field in fields)
        {
            html.Append("<dt>").Append(Encode(field.Title)).Append("</dt>\n<dd>")
                .Append(string.Join("<br>\n", field.Value.Split('\n').Select(Encode)))
                .Append("</dd>\n");
        }

        html.Append("</dl>\n<p class=\"nothing-sent\">").Append(Encode(nothingSent)).Append("</p>\n")
            .Append("<p class=\"no-print\"><button type=\"button\" id=\"print\">").Append(Encode(print)).Append("</button></p>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
