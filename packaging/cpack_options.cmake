# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_PROJECT_CONFIG_FILE: read by cpack for each generator. A .deb's description begins with
# its own summary line (the first line of CPACK_COMPONENT_<NAME>_DESCRIPTION); CPackDeb would put
# the one summary shared by both packages in front of it.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
