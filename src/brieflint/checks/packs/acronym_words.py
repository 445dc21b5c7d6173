"""Acronyms that a general dictionary lists as words (generated: do not edit).

Written by scripts/make_acronym_words.py from Princeton WordNet 3.0 (Debian's
wordnet-base 1:3.0, /usr/share/wordnet/data.*): the nouns written in capitals with
no sense in noun.group or noun.location whose letters are no word written in lower
case. Read by .acronyms, lazily.
"""

# The licence of WordNet 3.0, which asks that this notice appear on every copy:
# This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license.  By obtaining, using
# and/or copying this software and database, you agree that you have
# read, understood, and will comply with these terms and conditions.:
#
# Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with
# the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal
# use or for distribution.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
# OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database.  Title to copyright in this software, database and
# any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.

WORDS = frozenset(
    (
        "AAA AAS AAVE ABC ABLS ABM ABS AC ACTH ADA ADA-SCID ADH ADHD ADP ADPS AFP AFRL AHPCRC AIDS ALGOL ALS "
        "ALT AM AMD AMEX AN ANOVA ANS APC ARDS ASCII ASL ATP AU AZT BA BB BD BLT BMI BMR BNS BPH BS BSE BTU "
        "BVD BW BWR CABG CBC CBR CD-R CD-ROM CD-WO CEO CER CFC CFO CFTR CJD CLI CMB CMBR CMV CNS COBOL "
        "COMINT CPA CPI CPR CPU CRO CRP CRT CST CVA DA DAT DBA DBMS DCI DD DDC DDI DDS DDT DES DLE DMD DNA "
        "DOS DP DPH DSL DVD EAS EB EBITDA EBV ECC ECCM ECF ECG ECM ECT ED EDP EDS EDTA EE EEG EHF EKG ELINT "
        "ELISA EMDA EMG ENE ENL EPI EPROM ER ERT ESE ESM ESOP ESP ESR EST ETD ETF EW FAE FAQ FAS FDR FET "
        "FICA FIFO FISA FM FO FOTS FPD FSH FTP GABA GCA GCSE GD GDP GHB GHQ GHRF GIGO GMT GNP GP GPA GPS GSR "
        "GUI HA HAART HAZMAT HCFC HCG HDL HDTV HF HFC HIV HMO HN HND HP HQ HRT HSV-I HSV-II HTML HTTP ICBM "
        "ICSH IDDM IDP IED INH IOL IOP IOU IP IPO IPV IQ IT IUD IVP IW JDAM JFK JHVH KBO KO KP LAN LASEK "
        "LASIK LBJ LCD LDL LE LED LEM LF LGB LGV LH LIFO LLB LLD LLM LP LPN LSD LTM MALS MANPAD MAO MAOI MB "
        "MBA MBD MDMA MF MFA MFLOP MIPS MIT MLS MMPI MPEG MPS MRD MRI MS-DOS MSG MSH MST MVP NAD NADP NAFTA "
        "NASDAQ NB NEC NGF NGU NIDDM NIMBY NLP NMR NNE NNRTI NNW NOC NP NREM NRL NRTI NSAID NSU NW NYSE OB "
        "OD OED OLED OPV OWLT PABA PAYE PB PBS PC PCP PDA PFC PID PKD PKU PM PMS POB POW PPLO PPP PS PSA PST "
        "PTO PTSD PVA PVC PWR PX QCD QED RAIU RAS RBC REM RES RF RFD RH RICO RISC RN RNA ROI ROM RTLT RV SAM "
        "SARS SB SCET SCID SCLK SCNT SCPO SCSI SE SEB SGML SHF SIDS SIGINT SLE SLS SM SNP SOS SPF SSE SSPE "
        "SSRI SSW STD STH STM STP SUV SW TB TCE TCP TDT TELINT THC TIA TKO TLC TMV TNF TNT TOPV TPN TRF TRH "
        "TRM TSH TSS TURP UFO UHF UNIX UPPP URL USACIL UTC UV VCR VD VDU VHF VIP VLDL VLF WATS WBC WLAN WMD "
        "WNW WSW WTC WTV WWW XT XTC XXY XY XYY YB YHVH YHWH ZB ZDV "
    ).split()
)
