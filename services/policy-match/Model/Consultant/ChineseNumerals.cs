namespace Qingmeng.PolicyMatch.Model.Consultant;

public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 23 → 二十三, 105 → 一百零五.</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (number < 10)
        {
            return Digits[number].ToString();
        }
        if (number < 100)
        {
            var tens = number / 10;
            var units = number % 10;
            return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (units == 0 ? "" : Digits[units].ToString());
        }
        if (number < 1000)
        {
            var rest = number % 100;
            var head = Digits[number / 100] + "百";
            return rest == 0 ? head : head + (rest < 10 ? "零" + Digits[rest] : (rest < 20 ? "一" : "") + Of(rest));
        }
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
