/* SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT */
// A C++ program built from pkg-config's flags: prints "418 I'm a Teapot".
#include <iostream>
#include <string>

#include <httpstatus.h>

int
main()
{
	const std::string name = "im_a_teapot";
	const httpstatus_entry *entry = httpstatus_lookup_name(name.c_str());

	if (entry == nullptr)
		return 1;
	std::cout << httpstatus_entry_code(entry) << ' ' << httpstatus_entry_phrase(entry) << '\n';
	return 0;
}
