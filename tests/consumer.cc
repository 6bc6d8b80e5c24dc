/* SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT */
// A C++ program built only from pkg-config's flags against an installed copy.
#include <iostream>

#include <httpstatus.h>

int
main()
{
	const httpstatus_entry *entry = httpstatus_lookup(HTTPSTATUS_NOT_FOUND);

	if (entry == 0)
		return 1;
	std::cout << httpstatus_entry_code(entry) << ' ' << httpstatus_entry_phrase(entry) << '\n';
	return 0;
}
