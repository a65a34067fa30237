using System.Globalization;

namespace Thrive.Domain.Goals;

/// <summary>Numbers as people write them in goals: digits, decimals with a point or comma, and small number words.</summary>
internal static class SmartNumbers
{
    public static decimal? Parse(string word)
    {
        if (word.Length == 0) return null;
        if (char.IsAsciiDigit(word[0]))
            return decimal.TryParse(word.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
        return word switch
        {
            "a" or "an" or "one" => 1,
            "half a" or "half an" => 0.5m,
            "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
            "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
            "thirty" => 30, "forty" => 40, "fifty" => 50, "a dozen" => 12, "a hundred" => 100,
            _ => null,
        };
    }

    /// <summary>Trimmed of trailing zeros: 7.5 → "7.5", 10.0 → "10".</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
