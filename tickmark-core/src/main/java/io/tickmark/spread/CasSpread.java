package io.tickmark.spread;

import io.tickmark.cas.CasCompany;

/** The spread of a Chinese annual report with who it is about (full name, 简称, stock codes, fiscal year). */
public record CasSpread(Spread spread, CasCompany company) {
}
