using System.Globalization;
using System.Net.Mail;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// The optional GeoReport v2 fields of a posted request, read and checked. Coordinates are parsed as invariant-culture
/// decimals (WGS84 degrees, kept exactly); a malformed field is refused with a description that starts with its name,
/// never dropped.
/// </summary>
public sealed record Open311Submission(string? Phone, CaseSubmissionDetails Details, string? Invalid)
{
    private const int MaxCoordinateLength = 32;
    private const int MaxNameLength = 50;
    private const int MaxReferenceLength = 100;
    private const int MaxUrlLength = 1000;
    private const int MaxEmailLength = 254;

    /// <summary>Null when the request has no location at all (neither a point nor an address).</summary>
    public static Open311Submission? Read(IFormCollection form)
    {
        var lat = form["lat"].ToString().Trim();
        var lon = form["long"].ToString().Trim();
        var address = form["address_string"].ToString().Trim();
        if (address.Length == 0 && lat.Length == 0 && lon.Length == 0)
        {
            return null;
        }
        var (location, invalid) = ReadPoint(lat, lon);
        invalid ??= address.Length > 200 ? "address_string：地址最多 200 个字符 (address_string is at most 200 characters)." : null;

        var phone = form["phone"].ToString().Trim();
        string? normalisedPhone = null;
        if (phone.Length > 0 && !MobileNumber.TryParse(phone, out normalisedPhone))
        {
            invalid ??= $"phone：{MobileNumber.Validate(phone)}";
        }
        var email = Optional(form, "email", MaxEmailLength, ref invalid);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            invalid ??= "email：电子邮箱格式不正确 (email is not a valid e-mail address).";
        }
        var mediaUrl = Optional(form, "media_url", MaxUrlLength, ref invalid);
        if (mediaUrl is not null && (!Uri.TryCreate(mediaUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            invalid ??= "media_url：须为 http 或 https 的绝对地址 (media_url must be an absolute http or https URL).";
        }
        var details = new CaseSubmissionDetails(
            location,
            email,
            Optional(form, "first_name", MaxNameLength, ref invalid),
            Optional(form, "last_name", MaxNameLength, ref invalid),
            mediaUrl,
            Optional(form, "address_id", MaxReferenceLength, ref invalid),
            Optional(form, "device_id", MaxReferenceLength, ref invalid),
            Optional(form, "account_id", MaxReferenceLength, ref invalid));
        return new Open311Submission(normalisedPhone, details, invalid);
    }

    /// <summary>Both or neither; each a plain decimal number (no thousands separator, no exponent, no NaN) within its range.</summary>
    private static (GeoPoint? Point, string? Invalid) ReadPoint(string lat, string lon)
    {
        if (lat.Length == 0 && lon.Length == 0)
        {
            return (null, null);
        }
        if (lat.Length == 0)
        {
            return (null, "lat：给出经度时须同时给出纬度 (lat is required with long).");
        }
        if (lon.Length == 0)
        {
            return (null, "long：给出纬度时须同时给出经度 (long is required with lat).");
        }
        if (!TryParseDegrees(lat, 90, out var latitude))
        {
            return (null, "lat：纬度须为 -90 至 90 之间的十进制数 (lat must be a decimal number from -90 to 90).");
        }
        if (!TryParseDegrees(lon, 180, out var longitude))
        {
            return (null, "long：经度须为 -180 至 180 之间的十进制数 (long must be a decimal number from -180 to 180).");
        }
        return (new GeoPoint(latitude, longitude), null);
    }

    private static bool TryParseDegrees(string text, decimal limit, out decimal degrees)
    {
        if (text.Length > MaxCoordinateLength
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out degrees))
        {
            degrees = 0;
            return false;
        }
        return degrees >= -limit && degrees <= limit;
    }

    private static string? Optional(IFormCollection form, string field, int maxLength, ref string? invalid)
    {
        var value = form[field].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            invalid ??= $"{field}：最多 {maxLength} 个字符 ({field} is at most {maxLength} characters).";
            return null;
        }
        return value;
    }
}
