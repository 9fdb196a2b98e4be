using System.Text.Json.Serialization;

namespace Qingmeng.ServiceDefaults.Calendar;

// Shape of china-holidays.json. Source-generated so loading needs no reflection (trim/AOT safe),
// and strict about nulls and missing members so a typo in the data fails loudly at load time.
internal sealed record HolidayCalendarDocument(IReadOnlyList<HolidayYearDocument> Years);

internal sealed record HolidayYearDocument(int Year, HolidayNoticeSource Source, IReadOnlyList<HolidayDocument> Holidays);

internal sealed record HolidayNoticeSource(string Issuer, string Title, string DocumentNumber, DateOnly Published, string Url);

internal sealed record HolidayDocument(HolidayName Name, IReadOnlyList<DateRangeDocument> DaysOff, IReadOnlyList<DateOnly> MakeUpWorkdays);

internal sealed record HolidayName(string Zh, string En);

internal sealed record DateRangeDocument(DateOnly From, DateOnly To);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(HolidayCalendarDocument))]
internal sealed partial class HolidayCalendarJsonContext : JsonSerializerContext;
