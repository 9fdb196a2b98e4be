using Qingmeng.Finance.Infrastructure.ReferenceData;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Finance.Tests;

internal static class TestData
{
    public static readonly LprRates Lpr = new(3.0m, 3.5m);

    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    /// <summary>Wednesday 30 September 2026, 10:00 CST: the day before the National Day holiday.</summary>
    public static readonly DateTimeOffset BeforeNationalDay = new(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));

    public static LoanProduct Product(string code) =>
        LoanProduct.Create(FinanceCatalogue.Products.Single(p => p.Code == code));

    public static FirmProfile Profile(
        decimal revenue = 86_000_000m, decimal growth = 18.5m, decimal rd = 5.2m, int invention = 4, int other = 12,
        int employees = 186, int years = 9, string rating = "AA", bool specialised = true, bool highTech = true,
        bool overdue = false, bool difficulty = false, bool threeStrive = true) =>
        FirmProfile.Create("91350500MA31GJ8K73",
            new FirmProfileData("泉州杰嘉电子有限公司", revenue, growth, rd, invention, other, employees, years, rating, specialised, highTech, overdue, difficulty, threeStrive),
            BeforeNationalDay);

    public static Referral Applied(LoanProduct? product = null, decimal amount = 2_000_000m, int term = 24) =>
        Referral.Apply("RZ20260930000001", "91350500MA31GJ8K73", "泉州杰嘉电子有限公司", product ?? Product("QZBANK-KCD"), null,
            amount, term, "研发中心建设及流动资金", null, "firm-a-admin", null, BeforeNationalDay);
}
