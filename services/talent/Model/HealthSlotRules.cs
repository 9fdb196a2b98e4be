using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Talent.Model;

/// <summary>Where a 健康十条 slot may be opened: in the future, inside its service's hours.</summary>
public static class HealthSlotRules
{
    /// <summary>A slot lies in the future and inside the service's hours; null when it does, else the fields at fault.</summary>
    public static Dictionary<string, string[]>? Validate(HealthService service, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var china = ChinaTime.ToChinaTime(now);
        var today = DateOnly.FromDateTime(china.DateTime);
        if (date < today)
        {
            errors["date"] = ["不能开放过去日期的号源 (date cannot be in the past)."];
        }
        else if (date == today && startsAt <= TimeOnly.FromDateTime(china.DateTime))
        {
            errors["startsAt"] = ["开始时间已过 (startsAt has already passed)."];
        }
        if (endsAt <= startsAt)
        {
            errors["endsAt"] = ["结束时间须晚于开始时间 (endsAt must be after startsAt)."];
        }
        if (startsAt < service.OpensAt || startsAt >= service.ClosesAt)
        {
            errors.TryAdd("startsAt", [$"须在服务时间{service.OpensAt:HH\\:mm}–{service.ClosesAt:HH\\:mm}内 (startsAt must be within the service hours)."]);
        }
        if (endsAt > service.ClosesAt || endsAt <= service.OpensAt)
        {
            errors.TryAdd("endsAt", [$"须在服务时间{service.OpensAt:HH\\:mm}–{service.ClosesAt:HH\\:mm}内 (endsAt must be within the service hours)."]);
        }
        return errors.Count == 0 ? null : errors;
    }
}
