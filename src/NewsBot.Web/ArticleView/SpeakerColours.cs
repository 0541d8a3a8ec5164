using System.Globalization;
using System.Text;

namespace NewsBot.Web.ArticleView;

/// <summary>
/// One colour per speaker, as a stylesheet of classes sp0, sp1, …: a highlight for their quotes
/// (light enough to read black text on), a paler one for their reported speech, and a strong one
/// for borders and swatches. Hues are spread by the golden angle, so neighbours in the legend
/// differ most and any number of speakers gets colours of its own.
/// </summary>
public static class SpeakerColours
{
    private const double GoldenAngle = 137.50776405;

    public static string Highlight(int index) => Hex(Hue(index), 0.80, 0.80);

    public static string Soft(int index) => Hex(Hue(index), 0.75, 0.92);

    public static string Ink(int index) => Hex(Hue(index), 0.65, 0.32);

    /// <summary>The rules for <paramref name="count"/> speakers: only numbers go into it, never article text.</summary>
    public static string StyleSheet(int count)
    {
        var css = new StringBuilder();
        for (int i = 0; i < count; i++)
            css.Append(CultureInfo.InvariantCulture, $".sp{i}{{--hl:{Highlight(i)};--soft:{Soft(i)};--ink:{Ink(i)}}}\n");
        return css.ToString();
    }

    private static double Hue(int index) => (30 + index * GoldenAngle) % 360;

    private static string Hex(double hue, double saturation, double lightness)
    {
        // HSL to RGB (CSS Color 4's formula).
        double a = saturation * Math.Min(lightness, 1 - lightness);
        int Channel(int n)
        {
            double k = (n + hue / 30) % 12;
            return (int)Math.Round(255 * (lightness - a * Math.Max(-1, Math.Min(Math.Min(k - 3, 9 - k), 1))));
        }
        return $"#{Channel(0):x2}{Channel(8):x2}{Channel(4):x2}";
    }
}
