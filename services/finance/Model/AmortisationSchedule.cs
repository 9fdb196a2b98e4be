namespace Qingmeng.Finance.Model;

public sealed record Instalment(int Number, DateOnly DueOn, decimal Payment, decimal Principal, decimal Interest, decimal Balance);

public sealed record AmortisationSchedule(
    RepaymentMethod Method, decimal Principal, decimal AnnualRatePercent, int TermMonths,
    decimal TotalPayment, decimal TotalInterest, IReadOnlyList<Instalment> Instalments);
